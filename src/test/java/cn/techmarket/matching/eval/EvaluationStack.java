package cn.techmarket.matching.eval;

import cn.techmarket.testsupport.Listings;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.Duration;

import static org.assertj.core.api.Assertions.fail;

/** Waits, as an evaluation must, until the real workers have embedded and indexed everything it loaded. */
final class EvaluationStack {
    private EvaluationStack() {
    }

    static void awaitEmbeddedAndIndexed(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(40).toNanos();
        long last = -1;
        while (true) {
            long embedded = count("select count(*) from listing_embedding");
            long pending = count("select count(*) from search_outbox");
            if (embedded >= expected && pending == 0) {
                break;
            }
            if (embedded / 500 != last / 500) {
                System.out.printf("embedded %d of %d, outbox %d%n", embedded, expected, pending);
                last = embedded;
            }
            if (System.nanoTime() > deadline) {
                fail("embedding and indexing did not finish in 40 minutes");
            }
            Thread.sleep(500);
        }
        Listings.refresh();
    }

    private static long count(String sql) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
