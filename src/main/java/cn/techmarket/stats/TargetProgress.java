package cn.techmarket.stats;

import java.math.BigDecimal;

/**
 * A target of the scope's region for the period's year, the figure reached as of the report's date, the share reached
 * and the share of the year elapsed (per cent, one decimal). For the 吸纳/GDP ratio, {@code actual} is that ratio in
 * per cent (two decimals) and null while no GDP is entered for the year.
 */
public record TargetProgress(String metric, String label, int year, BigDecimal target, BigDecimal actual,
                             BigDecimal progressPercent, BigDecimal elapsedPercent, String source) {
}
