package cn.techmarket.listing;

import java.util.List;

/**
 * Who besides the owner and the operator may see a listing's contact person, phone and e-mail. The engagement
 * feature implements it (an accepted expression of interest); listing only asks, so it depends on nothing above it.
 */
public interface ContactGrants {
    /** Whether one of these organizations was granted the contacts of that listing. */
    boolean granted(long listingId, List<Long> organizationIds);
}
