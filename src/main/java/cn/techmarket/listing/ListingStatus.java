package cn.techmarket.listing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * 草稿 → 待审核 → 已发布, or 整改 / 拒绝; a published listing ends as 已成交, 已下架 or 已过期. The table below is
 * the whole workflow; {@link Listing#moveTo} refuses anything else.
 */
public enum ListingStatus {
    DRAFT, SUBMITTED, PUBLISHED, RETURNED, REJECTED, DEALT, WITHDRAWN, EXPIRED;

    private static final Map<ListingStatus, Set<ListingStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(PUBLISHED, RETURNED, REJECTED, WITHDRAWN),
            RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN),
            PUBLISHED, EnumSet.of(DEALT, WITHDRAWN, EXPIRED),
            EXPIRED, EnumSet.of(PUBLISHED, WITHDRAWN),
            WITHDRAWN, EnumSet.of(DRAFT),
            REJECTED, EnumSet.noneOf(ListingStatus.class),
            DEALT, EnumSet.noneOf(ListingStatus.class));

    public boolean canMoveTo(ListingStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Owners edit only drafts and listings returned for changes. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
