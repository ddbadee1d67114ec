package cn.techmarket.testsupport;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * How many SQL statements one request costs. The request is sent with an X-Request-Id that
 * {@link RequestStatements} recognizes, so only the statements run on that request's behalf are counted.
 */
public final class StatementCount {
    private StatementCount() {
    }

    private static final int RUNS = 3;

    /**
     * The fewest statements of a few runs after a warm-up, as a real page has its caches (second-level, query plans)
     * warm: a one-off fill of a cache entry lands in one run, an N+1 lookup is in every run.
     */
    public static long of(Consumer<String> requestWithId) {
        requestWithId.accept(newId());
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            String id = newId();
            requestWithId.accept(id);
            long count = RequestStatements.take(id);
            if (count == 0) {
                throw new IllegalStateException("no statement was attributed to request " + id
                        + "; is the X-Request-Id header sent and the request id in the MDC?");
            }
            fewest = Math.min(fewest, count);
        }
        return fewest;
    }

    private static String newId() {
        return RequestStatements.PREFIX + UUID.randomUUID();
    }
}
