package cn.techmarket.stats;

import java.math.BigDecimal;

/** One row of a statistics table: the period's figure and the same period a year earlier, both as of the report's date. */
public record StatsRow(String key, String label, Figure current, Figure lastYear) {
    /** 成交额 year on year, per cent; null when last year had none. */
    public BigDecimal growth() {
        return current.growthOver(lastYear);
    }
}
