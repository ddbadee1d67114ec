package cn.techmarket.broker;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.inbox.Inbox;
import cn.techmarket.inbox.NotificationKind;
import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingChanged;
import cn.techmarket.listing.ListingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * A need that its owner withdraws, or that expires, leaves the public: its claim is released in the same
 * transaction, audited, and the broker who held it is told in the inbox. A broker's deals on it stay as they are.
 */
@ApplicationScoped
class ClaimsOfEndedNeeds {
    private static final Set<ListingStatus> ENDED = Set.of(ListingStatus.WITHDRAWN, ListingStatus.EXPIRED);
    @Inject
    AuditTrail audit;
    @Inject
    Inbox inbox;

    void release(@Observes ListingChanged changed) {
        NeedClaim claim = NeedClaim.findById(changed.listingId());
        if (claim == null) {
            return;
        }
        Listing need = Listing.findById(changed.listingId());
        if (need == null || !ENDED.contains(need.status)) {
            return;
        }
        audit.record("need.released", ClaimService.AUDIT_TYPE, need.id, ClaimView.from(claim), null);
        claim.delete();
        BrokerProfile broker = BrokerProfile.findById(claim.brokerId);
        if (broker != null) {
            inbox.deliver(broker.userId, NotificationKind.CLAIM_RELEASED,
                    "claim:" + need.id + ":" + claim.claimedAt.toInstant().toEpochMilli() + ":released", need.id,
                    need.title, null, "/broker");
        }
    }
}
