package cn.techmarket.subscription;

import cn.techmarket.listing.Listing;

import java.time.OffsetDateTime;

/** A followed need. */
public record FollowView(long id, long listingId, String listingTitle, boolean paused, OffsetDateTime createdAt) {
    static FollowView from(NeedFollow f) {
        Listing need = Listing.findById(f.listingId);
        return new FollowView(f.id, f.listingId, need == null ? null : need.title, f.paused, f.createdAt);
    }
}
