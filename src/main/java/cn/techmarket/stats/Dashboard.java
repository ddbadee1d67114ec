package cn.techmarket.stats;

import java.time.LocalDate;
import java.util.List;

/** Everything the bureau dashboard shows for one scope, period and as-of date. */
public record Dashboard(Scope scope, Period period, LocalDate asOf, BreakdownFlow flow, List<StatsTable> tables,
                        List<TargetProgress> targets) {

    public StatsTable table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }
}
