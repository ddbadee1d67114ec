package cn.techmarket.interest;

import cn.techmarket.listing.ContactGrants;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** A listing's contacts open to an organization whose expression of interest in it was accepted. */
@ApplicationScoped
class InterestGrants implements ContactGrants {
    @Override
    public boolean granted(long listingId, List<Long> organizationIds) {
        return !organizationIds.isEmpty() && ExpressionOfInterest.accepted(listingId, organizationIds);
    }
}
