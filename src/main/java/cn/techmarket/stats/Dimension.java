package cn.techmarket.stats;

/** The breakdowns of the statistics, with the stats_ledger column each one reads. */
public enum Dimension {
    CLASS("contract_class"),
    FIELD("technical_field"),
    SELLER_TYPE("seller_subject_type"),
    BUYER_TYPE("buyer_subject_type"),
    IP("ip_type"),
    TRADE("trade_flag"),
    POINT("point_id::text");

    final String ledgerColumn;

    Dimension(String ledgerColumn) {
        this.ledgerColumn = ledgerColumn;
    }
}
