package cn.techmarket.stats;

import java.util.List;

/** A table of the dashboard, exported as it is shown. {@code key} names it in URLs (flows, trend, regions, CLASS, ...). */
public record StatsTable(String key, String title, List<StatsRow> rows) {
}
