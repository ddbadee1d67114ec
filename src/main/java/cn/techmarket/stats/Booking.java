package cn.techmarket.stats;

import java.time.LocalDate;

/**
 * The dimensions a contract is booked under: the month of its registration date and what the breakdowns group by.
 * Regions are GB/T 2260 codes as registered (null for a foreign party).
 */
record Booking(LocalDate regMonth, String sellerRegion, String buyerRegion, String tradeFlag, String contractClass,
               String technicalField, String sellerSubjectType, String buyerSubjectType, String ipType, long pointId) {

    /** The value of a breakdown dimension, as stored in stats_reg_dim.val. */
    String value(Dimension d) {
        return switch (d) {
            case CLASS -> contractClass;
            case FIELD -> technicalField;
            case SELLER_TYPE -> sellerSubjectType;
            case BUYER_TYPE -> buyerSubjectType;
            case IP -> ipType;
            case TRADE -> tradeFlag;
            case POINT -> String.valueOf(pointId);
        };
    }
}
