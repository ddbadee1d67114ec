package cn.techmarket.queue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import io.micrometer.core.instrument.Tag;

/**
 * A durable work queue kept in a table of its feature: claim due rows with FOR UPDATE SKIP LOCKED (so any number of
 * replicas share the work and never take the same row twice), complete them, retry a failed row with exponential
 * back-off, and park it after {@link Shape#maxAttempts()} failed attempts so that a row that can never succeed stops
 * costing work (it stays in the table, for a person to look at). Counters and gauges per queue:
 * {@code techmarket.queue.completed|retried|parked} and {@code techmarket.queue.due|parked.rows}, tagged
 * {@code queue}. Every call needs the caller's transaction: the claim's locks last until it commits.
 */
public final class WorkQueue {
    private static final Logger LOG = Logger.getLogger(WorkQueue.class);

    /**
     * How a feature's table holds its queue. {@code from} is the table (with an alias and joins when the claim reads
     * more), {@code alias} the queue table's alias, {@code waiting} the condition of a row still to be worked (e.g.
     * {@code parked_at is null}), {@code parked} that of a parked row, {@code complete} and {@code park} what completing and parking set ({@code complete}
     * null: the row is deleted); in {@code park}, {@code ?park} stands for "this failure was the last allowed". Back-off
     * after the n-th failure: {@code base^min(n - 1 + shift, maxExponent)} seconds.
     */
    public record Shape(String name, String table, String from, String alias, String due, String attempts,
                        String lastError, String waiting, String parked, String complete, String park, int maxAttempts,
                        int base, int shift, int maxExponent) {
    }

    private final Shape shape;
    private final EntityManager em;
    private final Counter completed;
    private final Counter retried;
    private final Counter parked;
    private final AtomicLong due = new AtomicLong();
    private final AtomicLong parkedRows = new AtomicLong();

    public WorkQueue(Shape shape, EntityManager em, MeterRegistry registry) {
        this.shape = shape;
        this.em = em;
        completed = registry.counter("techmarket.queue.completed", "queue", shape.name());
        retried = registry.counter("techmarket.queue.retried", "queue", shape.name());
        parked = registry.counter("techmarket.queue.parked", "queue", shape.name());
        registry.gauge("techmarket.queue.due", List.of(Tag.of("queue", shape.name())), due);
        registry.gauge("techmarket.queue.parked.rows",
                List.of(Tag.of("queue", shape.name())), parkedRows);
    }

    /** Due rows, oldest first, locked for this transaction; {@code columns} start with the row's id. */
    @SuppressWarnings("unchecked")
    public List<Object[]> claim(String columns, int batch) {
        String a = shape.alias();
        return em.createNativeQuery("select " + columns + " from " + shape.from() + " where " + a + "." + shape.waiting()
                        + " and " + a + "." + shape.due() + " <= now() order by " + a + ".id limit :batch for update of " + a
                        + " skip locked")
                .setParameter("batch", batch).getResultList();
    }

    public void complete(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String sql = shape.complete() == null ? "delete from " + shape.table() + " where id in (:ids)"
                : "update " + shape.table() + " set " + shape.complete() + " where id in (:ids)";
        em.createNativeQuery(sql).setParameter("ids", ids).executeUpdate();
        completed.increment(ids.size());
    }

    public void complete(long id) {
        complete(List.of(id));
    }

    /** A failed attempt: back off, or park the rows that have now failed {@code maxAttempts} times. */
    public void retry(Collection<Long> ids, String error) {
        fail(ids, error, true);
    }

    public void retry(long id, String error) {
        fail(List.of(id), error, true);
    }

    /**
     * A failed attempt through no fault of the rows (a server they need is down): back off as {@link #retry} does, but
     * never park, so that an outage, however long, loses no work.
     */
    public void backOff(Collection<Long> ids, String error) {
        fail(ids, error, false);
    }

    /** Due again after {@code seconds}, without counting an attempt: the row waits for something else to happen. */
    public void postpone(long id, double seconds) {
        em.createNativeQuery("update " + shape.table() + " set " + shape.due()
                        + " = now() + make_interval(secs => :seconds) where id = :id")
                .setParameter("id", id).setParameter("seconds", seconds).executeUpdate();
    }

    private void fail(Collection<Long> ids, String error, boolean mayPark) {
        if (ids.isEmpty()) {
            return;
        }
        String attempts = shape.attempts();
        String lastAllowed = mayPark ? attempts + " + 1 >= :max" : "false";
        var update = em.createNativeQuery("update " + shape.table() + " set " + attempts + " = " + attempts + " + 1"
                        + lastError() + ", " + shape.due() + " = now() + make_interval(secs => power(:base, least("
                        + attempts + " + :shift, :maxExponent))), " + shape.park().replace("?park", lastAllowed)
                        + " where id in (:ids) returning " + (mayPark ? attempts + " >= :max" : "false"))
                .setParameter("ids", ids).setParameter("base", shape.base()).setParameter("shift", shape.shift())
                .setParameter("maxExponent", shape.maxExponent());
        if (mayPark) {
            update.setParameter("max", shape.maxAttempts());
        }
        if (shape.lastError() != null) {
            update.setParameter("error", String.valueOf(error));
        }
        long parkedNow = ((List<?>) update.getResultList()).stream().filter(Boolean.TRUE::equals).count();
        retried.increment(ids.size() - parkedNow);
        if (parkedNow > 0) {
            parked.increment(parkedNow);
            LOG.warnf("queue %s: %d rows parked after %d attempts, last error: %s", shape.name(), parkedNow,
                    shape.maxAttempts(), error);
        }
    }

    /** Makes every waiting row due now (after an outage, so that the backlog does not wait out its back-off). */
    public int dueNow() {
        return em.createNativeQuery("update " + shape.table() + " set " + shape.due() + " = now() where "
                + shape.waiting() + " and " + shape.due() + " > now()").executeUpdate();
    }

    /** Counts waiting and parked rows for the gauges; call now and then, in a transaction. */
    public void measure() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*) filter (where " + shape.waiting()
                + " and " + shape.due() + " <= now()), count(*) filter (where " + shape.parked() + ") from "
                + shape.table()).getSingleResult();
        due.set(((Number) row[0]).longValue());
        parkedRows.set(((Number) row[1]).longValue());
    }

    public Shape shape() {
        return shape;
    }

    private String lastError() {
        return shape.lastError() == null ? "" : ", " + shape.lastError() + " = left(:error, 500)";
    }

}
