package cn.techmarket.subscription;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingChanged;
import cn.techmarket.listing.ListingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Records "evaluate subscriptions for this listing" in the publishing transaction (synchronous observer), so the
 * event commits or rolls back with the publication and survives a restart. Only published listings are queued, and
 * one pending event per listing is enough. Nothing here can fail a publish but the database itself.
 */
@ApplicationScoped
class PublishedWriter {
    @Inject
    EntityManager em;

    void on(@Observes ListingChanged change) {
        Listing listing = em.find(Listing.class, change.listingId());
        if (listing == null || listing.status != ListingStatus.PUBLISHED) {
            return;
        }
        em.createNativeQuery("""
                insert into subscription_event (listing_id) select ?1
                where not exists (select 1 from subscription_event where listing_id = ?1)""")
                .setParameter(1, change.listingId()).executeUpdate();
    }
}
