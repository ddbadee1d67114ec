package cn.techmarket.subscription;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingStatus;
import cn.techmarket.search.StoredQueries;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Drains subscription_event: claims due rows (FOR UPDATE SKIP LOCKED), waits until the listing's change has left the
 * search outbox (so the index shows it), delivers, and deletes the row. A failure (Elasticsearch down, a bug) leaves
 * the row with back-off (2^attempts s, at most 64 s); deliveries are idempotent, so a retry never duplicates.
 */
@ApplicationScoped
class SubscriptionWorker {
    private static final Logger LOG = Logger.getLogger(SubscriptionWorker.class);
    static final int BATCH = 10;
    static final int MAX_BACKOFF_EXPONENT = 6;
    @Inject
    EntityManager em;
    @Inject
    StoredQueries storedQueries;
    @Inject
    Deliveries deliveries;

    @Scheduled(every = "{techmarket.subscription.worker-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        while (processBatch() == BATCH) {
            // more may be due
        }
    }

    @Transactional
    int processBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, listing_id from subscription_event where process_after <= now()
                order by id limit ?1 for update skip locked""").setParameter(1, BATCH).getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue(), listingId = ((Number) row[1]).longValue();
            Listing listing = Listing.findById(listingId);
            if (listing == null || listing.status != ListingStatus.PUBLISHED) {
                delete(id);
                continue;
            }
            if (storedQueries.awaitingIndex(listingId)) {
                em.createNativeQuery("update subscription_event set process_after = now() + interval '1 second' where id = ?1")
                        .setParameter(1, id).executeUpdate();
                continue;
            }
            try {
                int delivered = deliveries.deliver(listing);
                LOG.debugf("listing %d: %d new notifications", listingId, delivered);
                delete(id);
            } catch (Exception e) {
                LOG.warnf("subscriptions for listing %d postponed: %s", listingId, e.toString());
                em.createNativeQuery("""
                        update subscription_event set attempts = attempts + 1, last_error = left(?2, 500),
                          process_after = now() + make_interval(secs => power(2, least(attempts, ?3)))
                        where id = ?1""").setParameter(1, id).setParameter(2, e.toString())
                        .setParameter(3, MAX_BACKOFF_EXPONENT).executeUpdate();
            }
        }
        return rows.size();
    }

    private void delete(long id) {
        em.createNativeQuery("delete from subscription_event where id = ?1").setParameter(1, id).executeUpdate();
    }
}
