package cn.techmarket.testsupport;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a background job as two replicas would: from two threads released at the same instant, each with its own
 * transactions and database connections, against the real database. Answers what each run answered.
 */
public final class Replicas {
    private Replicas() {
    }

    public static <T> List<T> runTwoAtOnce(Callable<T> job) throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> runs = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                runs.add(replicas.submit(() -> {
                    // a request context of its own, as the scheduler gives each run of a job
                    ManagedContext requestContext = Arc.container().requestContext();
                    requestContext.activate();
                    try {
                        start.await();
                        return job.call();
                    } finally {
                        requestContext.terminate();
                    }
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            replicas.shutdownNow();
        }
    }
}
