package cn.techmarket.broker;

import cn.techmarket.listing.Listing;
import cn.techmarket.matching.NeedComplexity;
import cn.techmarket.org.Organization;
import cn.techmarket.reference.ReferenceNames;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A need in the work queue: what it is, how well it fits the broker (null for the operator), how complex it is. */
public record QueueItem(long needId, String title, String summary, Named industry, Named region, String organization,
                        boolean priceNegotiable, BigDecimal priceMin, BigDecimal priceMax, OffsetDateTime publishedAt,
                        BrokerFit fit, NeedComplexity.Score complexity) {

    static QueueItem of(Listing need, BrokerFit fit, NeedComplexity.Score complexity, ReferenceNames names) {
        Organization org = Organization.findById(need.ownerOrgId);
        return new QueueItem(need.id, need.title, need.summary, Named.reference(need.industryCode, names),
                Named.reference(need.regionCode, names), org == null ? null : org.nameZh, need.priceNegotiable,
                need.priceMin, need.priceMax, need.publishedAt, fit, complexity);
    }
}
