package cn.techmarket.search;

import cn.techmarket.listing.ListingKind;

/**
 * Fired synchronously by {@link Reindexer} after each page is written to the new index, before the next is read:
 * everything up to {@code lastId} is in {@code index}. Tests observe it to hold a rebuild mid-way while they write.
 */
public record ReindexPageCopied(ListingKind kind, String index, long lastId) {
}
