package cn.techmarket.subscription;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingStatus;
import cn.techmarket.queue.WorkQueue;
import cn.techmarket.search.SearchUnavailable;
import cn.techmarket.search.StoredQueries;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.List;

/**
 * Drains subscription_event: claims due rows (FOR UPDATE SKIP LOCKED), waits until the listing's change has left the
 * search outbox (so the index shows it), delivers, and deletes the row. A failure (Elasticsearch down, a bug) leaves
 * the row with back-off (2^attempts s, at most 64 s); deliveries are idempotent, so a retry never duplicates. Search
 * being unreachable never parks a row; any other failure parks it after {@value #MAX_ATTEMPTS} attempts.
 */
@ApplicationScoped
class SubscriptionWorker {
    private static final Logger LOG = Logger.getLogger(SubscriptionWorker.class);
    static final int BATCH = 10;
    static final int MAX_BACKOFF_EXPONENT = 6;
    /** A listing whose deliveries fail this often for a reason other than search being down is parked. */
    static final int MAX_ATTEMPTS = 10;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;
    private WorkQueue queue;

    @PostConstruct
    void init() {
        queue = new WorkQueue(new WorkQueue.Shape("subscription", "subscription_event", "subscription_event e", "e",
                "process_after", "attempts", "last_error", "parked_at is null", "parked_at is not null", null,
                "parked_at = case when ?park then now() end", MAX_ATTEMPTS, 2, 0, MAX_BACKOFF_EXPONENT), em, registry);
    }
    @Inject
    StoredQueries storedQueries;
    @Inject
    Deliveries deliveries;

    WorkQueue queue() {
        return queue;
    }

    @Scheduled(every = "{techmarket.subscription.worker-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        while (processBatch() == BATCH) {
            // more may be due
        }
        measure();
    }

    @Transactional
    void measure() {
        queue.measure();
    }

    @Transactional
    int processBatch() {
        List<Object[]> rows = queue.claim("e.id, e.listing_id", BATCH);
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue(), listingId = ((Number) row[1]).longValue();
            Listing listing = Listing.findById(listingId);
            if (listing == null || listing.status != ListingStatus.PUBLISHED) {
                queue.complete(id);
                continue;
            }
            if (storedQueries.awaitingIndex(listingId)) {
                queue.postpone(id, 1);
                continue;
            }
            try {
                int delivered = deliveries.deliver(listing);
                LOG.debugf("listing %d: %d new notifications", listingId, delivered);
                queue.complete(id);
            } catch (IOException | SearchUnavailable e) {
                LOG.warnf("subscriptions for listing %d postponed, search is unreachable: %s", listingId, e.toString());
                queue.backOff(List.of(id), e.toString());
            } catch (Exception e) {
                LOG.warnf("subscriptions for listing %d postponed: %s", listingId, e.toString());
                queue.retry(id, e.toString());
            }
        }
        return rows.size();
    }
}
