package cn.techmarket.listing;

/** 技术需求 (posted by enterprises) or 科技成果 (listed by researchers and institutions). */
public enum ListingKind {
    NEED, RESULT;

    public boolean isNeed() {
        return this == NEED;
    }

    public String slug() {
        return name().toLowerCase();
    }
}
