package cn.techmarket.listing;

/** 协议定价, 挂牌, 拍卖. */
public enum PricingMethod {
    AGREEMENT, LISTING, AUCTION
}
