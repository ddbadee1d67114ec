package cn.techmarket.testsupport;

import cn.techmarket.queue.WorkQueue;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every durable queue must do with a row that keeps failing, checked against its real table: each failure backs
 * off, the last allowed one parks the row, a parked row is never claimed again, and the parking is counted. The row is
 * inserted, failed and examined in one transaction that holds its lock, so the running worker cannot take it meanwhile.
 */
public final class QueueChecks {
    private QueueChecks() {
    }

    /** {@code insert} adds one row to the queue's table, not yet due, and answers its id. */
    public static void parksAfterMaxAttempts(WorkQueue queue, EntityManager em, MeterRegistry registry,
                                             Supplier<Long> insert) {
        WorkQueue.Shape shape = queue.shape();
        double parkedBefore = parkedCount(registry, shape);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            long row = insert.get();
            for (int attempt = 1; attempt < shape.maxAttempts(); attempt++) {
                queue.retry(row, "boom " + attempt);
                assertThat(state(em, shape, row)).as("after failure %d", attempt)
                        .containsExactly(attempt, true, false, true);
            }
            queue.retry(row, "boom, last");
            assertThat(state(em, shape, row)).containsExactly(shape.maxAttempts(), false, true, true);
            em.createNativeQuery("update " + shape.table() + " set " + shape.due() + " = now() - interval '1 hour'"
                    + " where id = ?1").setParameter(1, row).executeUpdate();
            return row;
        });
        List<Long> claimed = QuarkusTransaction.requiringNew().call(() -> queue.claim(shape.alias() + ".id, 0", 10_000)
                .stream().map(r -> ((Number) r[0]).longValue()).toList());
        assertThat(claimed).as("a parked row is never claimed").doesNotContain(id);
        assertThat(parkedCount(registry, shape)).isEqualTo(parkedBefore + 1);
        // a parked row stays for a person to look at; this one was only a test's, and other tests count rows
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from " + shape.table() + " where id = ?1")
                .setParameter(1, id).executeUpdate());
    }

    /** An outage backs off again and again but never parks: no work is lost however long it lasts. */
    public static void backsOffWithoutParking(WorkQueue queue, EntityManager em, Supplier<Long> insert) {
        WorkQueue.Shape shape = queue.shape();
        QuarkusTransaction.requiringNew().run(() -> {
            long row = insert.get();
            for (int attempt = 0; attempt <= shape.maxAttempts(); attempt++) {
                queue.backOff(List.of(row), "down");
            }
            assertThat(state(em, shape, row)).containsExactly(shape.maxAttempts() + 1, true, false, true);
            em.createNativeQuery("delete from " + shape.table() + " where id = ?1").setParameter(1, row).executeUpdate();
        });
    }

    /** attempts, waiting, parked, due in the future. */
    private static List<Object> state(EntityManager em, WorkQueue.Shape shape, long id) {
        Object[] row = (Object[]) em.createNativeQuery("select " + shape.attempts() + ", " + shape.waiting() + ", "
                + shape.parked() + ", " + shape.due() + " > now() from " + shape.table() + " where id = ?1")
                .setParameter(1, id).getSingleResult();
        return List.of(((Number) row[0]).intValue(), row[1], row[2], row[3]);
    }

    private static double parkedCount(MeterRegistry registry, WorkQueue.Shape shape) {
        var counter = registry.find("techmarket.queue.parked").tag("queue", shape.name()).counter();
        return counter == null ? 0 : counter.count();
    }
}
