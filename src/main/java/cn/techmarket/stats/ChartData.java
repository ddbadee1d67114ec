package cn.techmarket.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the charts draw, handed to bureau.js as JSON in a data- attribute (no inline script: the pages run under a
 * content security policy). Every number here is also in a table on the page.
 */
final class ChartData {
    private ChartData() {
    }

    static Map<String, Object> of(Dashboard d, StatsMessages text) {
        Map<String, Object> out = new LinkedHashMap<>();
        StatsTable trend = d.table("trend");
        List<String> months = new ArrayList<>();
        List<BigDecimal> output = new ArrayList<>();
        List<BigDecimal> absorbed = new ArrayList<>();
        List<BigDecimal> outputLy = new ArrayList<>();
        for (StatsRow r : trend.rows()) {
            String month = r.key().substring(6, 13);
            if (r.key().endsWith(":OUTPUT")) {
                months.add(month);
                output.add(r.current().total());
                outputLy.add(r.lastYear().total());
            } else {
                absorbed.add(r.current().total());
            }
        }
        out.put("trend", Map.of("title", trend.title(), "months", months,
                "series", List.of(Map.of("name", text.output(), "data", output),
                        Map.of("name", text.absorbed(), "data", absorbed),
                        Map.of("name", text.output() + " · " + text.last_year(), "data", outputLy))));
        List<Map<String, Object>> breakdowns = new ArrayList<>();
        for (String key : List.of("CLASS", "FIELD", "TRADE")) {
            StatsTable t = d.table(key);
            breakdowns.add(Map.of("key", key, "title", t.title(), "items", t.rows().stream()
                    .filter(r -> r.current().total().signum() != 0)
                    .map(r -> Map.<String, Object>of("name", r.label(), "value", r.current().total())).toList()));
        }
        out.put("breakdowns", breakdowns);
        StatsTable flows = d.table("flows");
        out.put("flows", Map.of("title", flows.title(), "names", flows.rows().stream().map(StatsRow::label).toList(),
                "current", flows.rows().stream().map(r -> r.current().total()).toList(),
                "lastYear", flows.rows().stream().map(r -> r.lastYear().total()).toList(),
                "currentName", d.period().text(), "lastYearName", text.last_year()));
        out.put("gauges", d.targets().stream().filter(t -> t.progressPercent() != null)
                .map(t -> Map.of("name", t.label(), "progress", t.progressPercent(), "elapsed", t.elapsedPercent(),
                        "progressName", text.gauge_progress(), "elapsedName", text.gauge_elapsed())).toList());
        return out;
    }
}
