package cn.techmarket.search;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.ListingStatus;
import cn.techmarket.queue.WorkQueue;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.context.api.ManagedExecutorConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Drains the search outbox: claims due rows (FOR UPDATE SKIP LOCKED, so several instances share the work), reloads
 * each listing by id, indexes published ones and deletes the others, and removes the rows. When Elasticsearch is
 * down the rows stay, with exponential back-off, so every committed write reaches search once it is back; a listing
 * Elasticsearch refuses again and again is parked (the queue is a {@link WorkQueue}).
 */
@ApplicationScoped
public class IndexWorker {
    private static final Logger LOG = Logger.getLogger(IndexWorker.class);
    @Inject
    EntityManager em;
    @Inject
    SearchIndex index;
    @Inject
    IndexNames names;
    @Inject
    ListingDocuments documents;
    @Inject
    SearchConfig config;
    @Inject
    MeterRegistry registry;
    @Inject
    co.elastic.clients.elasticsearch.ElasticsearchClient client;
    private final AtomicLong pending = new AtomicLong();
    /** Set when a whole batch failed (Elasticsearch unreachable): its return is then noticed within one round. */
    private final java.util.concurrent.atomic.AtomicBoolean outage = new java.util.concurrent.atomic.AtomicBoolean();
    private final AtomicLong lagMillis = new AtomicLong();

    /** Outbox rows not yet applied to the index, as of the last round. */
    public long pending() {
        return pending.get();
    }

    /** Age of the oldest pending row, in seconds, as of the last round. */
    public double lagSeconds() {
        return lagMillis.get() / 1000.0;
    }

    /**
     * A change wakes the worker as soon as its transaction commits, so write-to-searchable does not wait for the next
     * scheduled round (the scheduler cannot run more often than once a second). The scheduled round stays as the
     * safety net: it finds whatever a lost wake-up or an outage left behind.
     */
    @Inject
    @ManagedExecutorConfig(maxAsync = 1, propagated = {}, cleared = ThreadContext.ALL_REMAINING)
    ManagedExecutor waker;
    private final java.util.concurrent.atomic.AtomicBoolean wakeQueued = new java.util.concurrent.atomic.AtomicBoolean();
    private WorkQueue queue;

    void wake(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
              cn.techmarket.listing.ListingChanged change) {
        if (wakeQueued.compareAndSet(false, true)) {
            waker.runAsync(() -> {
                wakeQueued.set(false);
                try {
                    drain();
                } catch (RuntimeException e) {
                    LOG.debugf("wake-up drain failed; the scheduled round retries: %s", e.getMessage());
                }
            });
        }
    }

    @PostConstruct
    void metrics() {
        registry.gauge("techmarket.search.outbox.pending", pending);
        registry.gauge("techmarket.search.index.lag.seconds", lagMillis, v -> v.get() / 1000.0);
        queue = new WorkQueue(new WorkQueue.Shape("search", "search_outbox", "search_outbox o", "o", "process_after",
                "attempts", "last_error", "parked_at is null", "parked_at is not null", null, "parked_at = case when ?park then now() end",
                config.maxAttempts(), 2, 0, config.maxBackoffExponent()), em, registry);
    }

    WorkQueue queue() {
        return queue;
    }

    /**
     * One drain at a time in this instance. The wake-up and the scheduled round used to overlap: one read a listing
     * before its next change committed, the other indexed the change, and the first one's older write (a delete of a
     * listing just approved, an upsert of one just withdrawn) reached Elasticsearch last and stayed there, with both
     * outbox rows done. ElasticsearchOutageTest lost one listing per run that way.
     */
    private final java.util.concurrent.locks.ReentrantLock draining = new java.util.concurrent.locks.ReentrantLock();

    @Scheduled(every = "{techmarket.search.worker-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void drain() {
        draining.lock();
        try {
            if (outage.get() && !catchUpAfterOutage()) {
                measure();
                return;
            }
            int processed;
            do {
                processed = processBatch();
            } while (processed == config.batchSize());
            measure();
        } finally {
            draining.unlock();
        }
    }

    @Transactional
    int processBatch() {
        List<Object[]> rows = queue.claim("o.id, o.listing_id", config.batchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> rowIds = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Set<Long> listingIds = rows.stream().map(r -> ((Number) r[1]).longValue()).collect(Collectors.toSet());
        try {
            index.ensure();
            Set<Long> refused = write(listingIds);
            List<Long> done = new ArrayList<>();
            List<Long> retry = new ArrayList<>();
            for (Object[] row : rows) {
                (refused.contains(((Number) row[1]).longValue()) ? retry : done).add(((Number) row[0]).longValue());
            }
            queue.complete(done);
            queue.retry(retry, "refused by Elasticsearch");
        } catch (Exception e) {
            outage.set(true);
            LOG.warnf("search indexing postponed for %d listings: %s", listingIds.size(), e.toString());
            queue.backOff(rowIds, e.toString());
        }
        return rows.size();
    }

    /**
     * While Elasticsearch is unreachable, rows wait with growing back-off; once it answers again, every postponed row
     * becomes due at once, so the index catches up in seconds rather than after the longest back-off.
     */
    private boolean catchUpAfterOutage() {
        try {
            if (!client.ping().value()) {
                return false;
            }
        } catch (Exception e) {
            return false;
        }
        int due = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(queue::dueNow);
        outage.set(false);
        LOG.infof("Elasticsearch is back: %d postponed listings are due again", due);
        return true;
    }

    private Set<Long> write(Set<Long> listingIds) throws java.io.IOException {
        long version = ReadVersion.now(em);
        List<Listing> listings = Listing.list("id in ?1", listingIds);
        ListingDocuments.Lookups lookups = documents.lookups(listings);
        Set<Long> refused = new HashSet<>();
        for (ListingKind kind : ListingKind.values()) {
            List<ListingDocument> upserts = new ArrayList<>();
            List<Long> deletes = new ArrayList<>();
            for (Listing l : listings) {
                if (l.kind != kind) {
                    continue;
                }
                if (l.status == ListingStatus.PUBLISHED) {
                    upserts.add(documents.of(l, lookups));
                } else {
                    deletes.add(l.id);
                }
            }
            refused.addAll(index.bulk(names.alias(kind), upserts, deletes, version));
        }
        return refused;
    }

    @Transactional
    void measure() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), min(enqueued_at) from search_outbox where parked_at is null").getSingleResult();
        queue.measure();
        pending.set(((Number) row[0]).longValue());
        lagMillis.set(row[1] == null ? 0 : Math.max(0, Instant.now().toEpochMilli() - toInstant(row[1]).toEpochMilli()));
    }

    private static Instant toInstant(Object timestamp) {
        if (timestamp instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (timestamp instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return (Instant) timestamp;
    }
}
