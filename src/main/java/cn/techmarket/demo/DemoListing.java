package cn.techmarket.demo;

import cn.techmarket.listing.ListingForm;
import cn.techmarket.listing.ListingKind;

import java.time.OffsetDateTime;

/**
 * One generated listing: what its owner would have typed (a valid {@link ListingForm}), the demo organization that
 * owns it (by credit code), when it was published, and the technical subject it was written about — the ground
 * truth for evaluating matches (a need and a result of one subject are meant for each other).
 */
public record DemoListing(ListingKind kind, Subject subject, String ownerCreditCode, ListingForm form,
                          OffsetDateTime publishedAt) {
    public String subjectId() {
        return subject.id();
    }
}
