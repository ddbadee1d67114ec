package cn.techmarket.search;

import cn.techmarket.listing.ListingChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Records "reindex this listing" in the listing's own transaction (synchronous observer): the row commits or rolls
 * back with the change, so a committed change can never be missed by search.
 */
@ApplicationScoped
public class OutboxWriter {
    @Inject
    EntityManager em;

    void on(@Observes ListingChanged change) {
        enqueue(em, change.listingId());
    }

    /** Puts a listing (back) on the search outbox in the caller's transaction: matching does, after embedding it. */
    public static void enqueue(EntityManager em, long listingId) {
        em.createNativeQuery("insert into search_outbox (listing_id) values (?1)").setParameter(1, listingId)
                .executeUpdate();
    }
}
