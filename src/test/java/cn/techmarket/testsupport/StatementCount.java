package cn.techmarket.testsupport;

import io.quarkus.arc.Arc;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * How many SQL statements a request costs, counted with Hibernate's statistics. The background workers (outbox,
 * mail, embeddings) share the statistics and poll every few seconds, so the cost is the fewest of a few runs: a
 * worker's poll lands in one run, not in all of them, while an N+1 lookup is in every run.
 */
public final class StatementCount {
    private static final int RUNS = 4;

    private StatementCount() {
    }

    public static long of(Runnable request) {
        Statistics statistics = Arc.container().instance(EntityManagerFactory.class).get().unwrap(SessionFactory.class)
                .getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            request.run(); // warms caches (second-level, query plans), as a real page has them warm
            long fewest = Long.MAX_VALUE;
            for (int i = 0; i < RUNS; i++) {
                long before = statistics.getPrepareStatementCount();
                request.run();
                fewest = Math.min(fewest, statistics.getPrepareStatementCount() - before);
            }
            return fewest;
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
