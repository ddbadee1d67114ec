package cn.techmarket.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A contract's figures as a step function of the as-of date: the amounts of its latest history row (by effective
 * date, then revision) with effective_on &lt;= the date; a cancelled row counts zero in count and amounts. The steps
 * are the differences between consecutive rows, booked on each row's effective date, so that summing the steps up to
 * a date gives the figures as of that date.
 */
final class Steps {
    private Steps() {
    }

    /** One contract_amount_history row. */
    record Row(long id, int revision, LocalDate effectiveOn, boolean cancelled, BigDecimal total, BigDecimal tech) {
    }

    /** What moved on one effective date. */
    record Step(LocalDate effectiveOn, long count, BigDecimal total, BigDecimal tech) {
        Step plus(Step o) {
            return new Step(effectiveOn, count + o.count, total.add(o.total), tech.add(o.tech));
        }

        Step negate() {
            return new Step(effectiveOn, -count, total.negate(), tech.negate());
        }

        boolean isZero() {
            return count == 0 && total.signum() == 0 && tech.signum() == 0;
        }
    }

    static List<Step> of(List<Row> rows) {
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(Row::effectiveOn).thenComparingInt(Row::revision));
        Map<LocalDate, Step> byDate = new TreeMap<>();
        long count = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal tech = BigDecimal.ZERO;
        for (Row r : ordered) {
            long c = r.cancelled() ? 0 : 1;
            BigDecimal t = r.cancelled() ? BigDecimal.ZERO : r.total();
            BigDecimal k = r.cancelled() ? BigDecimal.ZERO : r.tech();
            Step step = new Step(r.effectiveOn(), c - count, t.subtract(total), k.subtract(tech));
            byDate.merge(r.effectiveOn(), step, Step::plus);
            count = c;
            total = t;
            tech = k;
        }
        return byDate.values().stream().filter(s -> !s.isZero()).toList();
    }
}
