package cn.techmarket.broker;

import cn.techmarket.listing.Listing;
import cn.techmarket.matching.NeedComplexity;
import cn.techmarket.org.UserProfile;

import java.time.OffsetDateTime;

/** Who holds a need: the broker, since when, and whether an operator assigned it. */
public record ClaimView(long needId, String needTitle, long brokerId, String brokerName, OffsetDateTime claimedAt,
                        String assignedBy, NeedComplexity.Score complexity) {

    static ClaimView from(NeedClaim c) {
        Listing need = Listing.findById(c.needId);
        BrokerProfile broker = BrokerProfile.findById(c.brokerId);
        UserProfile u = broker == null ? null : UserProfile.findById(broker.userId);
        return new ClaimView(c.needId, need == null ? null : need.title, c.brokerId,
                u == null ? null : u.displayName != null ? u.displayName : u.username, c.claimedAt, c.assignedBy,
                need == null ? null : NeedComplexity.of(need));
    }
}
