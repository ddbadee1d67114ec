package cn.techmarket.listing;

/** 卡脖子 (a bottleneck the region must overcome) or 长板 (a strength to extend). */
public enum NeedClass {
    BOTTLENECK, STRENGTH
}
