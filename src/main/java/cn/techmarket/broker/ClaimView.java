package cn.techmarket.broker;

import cn.techmarket.common.Preload;
import cn.techmarket.listing.Listing;
import cn.techmarket.matching.NeedComplexity;
import cn.techmarket.org.UserProfile;

import java.time.OffsetDateTime;
import java.util.List;

/** Who holds a need: the broker, since when, and whether an operator assigned it. */
public record ClaimView(long needId, String needTitle, long brokerId, String brokerName, OffsetDateTime claimedAt,
                        String assignedBy, NeedComplexity.Score complexity) {

    /** Loads what the views of these claims read, one statement per kind rather than three per row. */
    static List<NeedClaim> preload(List<NeedClaim> claims) {
        Preload.byIds(Listing.class, claims.stream().map(c -> c.needId).toList());
        Preload.byIds(BrokerProfile.class, claims.stream().map(c -> c.brokerId).toList());
        Preload.byIds(UserProfile.class, claims.stream().map(c -> BrokerProfile.<BrokerProfile>findById(c.brokerId))
                .filter(java.util.Objects::nonNull).map(b -> b.userId).toList());
        return claims;
    }

    static ClaimView from(NeedClaim c) {
        Listing need = Listing.findById(c.needId);
        BrokerProfile broker = BrokerProfile.findById(c.brokerId);
        UserProfile u = broker == null ? null : UserProfile.findById(broker.userId);
        return new ClaimView(c.needId, need == null ? null : need.title, c.brokerId,
                u == null ? null : u.displayName != null ? u.displayName : u.username, c.claimedAt, c.assignedBy,
                need == null ? null : NeedComplexity.of(need));
    }
}
