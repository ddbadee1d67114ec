package cn.techmarket.voucher;

/** Who funds a programme: the province, one city, or the shared 成德眉资 pool (科创资金池). */
public enum IssuerKind {
    PROVINCE, CITY, POOL
}
