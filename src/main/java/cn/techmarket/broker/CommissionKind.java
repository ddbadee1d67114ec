package cn.techmarket.broker;

/** Agreed commission (佣金): a percentage of the turnover, a fixed amount in yuan, or a share of income for some years. */
public enum CommissionKind {
    PERCENT, FIXED, INCOME_SHARE
}
