package cn.techmarket.listing;

/**
 * Fired, synchronously and inside the writing transaction, whenever a listing's stored state changes. The search
 * feature turns it into an outbox row in that same transaction; listing itself knows nothing about search.
 */
public record ListingChanged(long listingId) {
}
