package cn.techmarket.matching.eval;

import cn.techmarket.demo.DemoListing;
import cn.techmarket.demo.Vocabulary;
import cn.techmarket.listing.ListingForm;
import cn.techmarket.listing.ListingKind;

import java.time.OffsetDateTime;

/**
 * One listing of the structured-fit regression set as stored in the repository: a stable key (N001, R0001), the technical subject
 * it was written about, its owner organization (credit code) and everything the owner typed.
 */
record RegressionListing(String key, ListingKind kind, String subject, String owner, OffsetDateTime publishedAt,
                         ListingForm form) {

    static RegressionListing of(String key, DemoListing listing) {
        return new RegressionListing(key, listing.kind(), listing.subjectId(), listing.ownerCreditCode(),
                listing.publishedAt(), listing.form());
    }

    DemoListing toDemo(Vocabulary vocabulary) {
        return new DemoListing(kind, vocabulary.subject(subject), owner, form, publishedAt);
    }
}
