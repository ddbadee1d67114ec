package cn.techmarket.broker;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A broker's figures over the deals opened in a period (all deals without one), as defined in docs/broker.md:
 * deals by current stage; for each funnel stage how many deals reached it and how many of those reached the next
 * (conversion); the average and median time of the completed stays in each stage, in days; the turnover (成交额) and
 * the fixed commission of the signed deals (签约 and 已登记), exact to the fen.
 */
public record Dashboard(LocalDate from, LocalDate to, long deals, Map<DealStage, Long> byStage,
                        List<StageConversion> conversion, List<StageTime> timeInStage, BigDecimal turnover,
                        BigDecimal commissionDue, long signed, List<Bar> funnelBars) {

    /** Of the deals that reached {@code stage}, how many reached {@code next}: a percentage, null when none reached it. */
    public record StageConversion(DealStage stage, DealStage next, long reached, long advanced, BigDecimal percent) {
    }

    /** Completed stays in a stage: how many, their mean and median in days (two decimals), null when none. */
    public record StageTime(DealStage stage, long stays, BigDecimal averageDays, BigDecimal medianDays) {
    }

    /** One bar of the server-drawn chart: its label key, value, and width in the 0–100 viewBox. */
    public record Bar(DealStage stage, long value, int width, int y) {
        public int barY() {
            return y + 2;
        }

        public int textY() {
            return y + 9;
        }

        public int valueX() {
            return 42 + width;
        }
    }

    static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    static Dashboard of(LocalDate from, LocalDate to, Collection<Deal> deals, Map<Long, List<DealStageStay>> stays) {
        Map<DealStage, Long> byStage = new EnumMap<>(DealStage.class);
        for (DealStage s : DealStage.values()) {
            byStage.put(s, 0L);
        }
        deals.forEach(d -> byStage.merge(d.stage, 1L, Long::sum));

        Map<DealStage, Long> reached = new EnumMap<>(DealStage.class);
        for (DealStage s : DealStage.FUNNEL) {
            reached.put(s, deals.stream().filter(d -> stays.getOrDefault(d.id, List.of()).stream()
                    .anyMatch(st -> st.stage == s)).count());
        }
        List<StageConversion> conversion = new ArrayList<>();
        for (int i = 0; i < DealStage.FUNNEL.length - 1; i++) {
            DealStage s = DealStage.FUNNEL[i], next = DealStage.FUNNEL[i + 1];
            conversion.add(new StageConversion(s, next, reached.get(s), reached.get(next),
                    percent(reached.get(next), reached.get(s))));
        }

        Set<Long> ids = deals.stream().map(d -> d.id).collect(Collectors.toSet());
        List<StageTime> times = new ArrayList<>();
        for (int i = 0; i < DealStage.FUNNEL.length - 1; i++) {
            DealStage s = DealStage.FUNNEL[i];
            List<Long> seconds = stays.entrySet().stream().filter(e -> ids.contains(e.getKey()))
                    .flatMap(e -> e.getValue().stream())
                    .filter(st -> st.stage == s && st.leftAt != null)
                    .map(st -> Duration.between(st.enteredAt, st.leftAt).toSeconds()).sorted().toList();
            times.add(new StageTime(s, seconds.size(), average(seconds), median(seconds)));
        }

        List<Deal> won = deals.stream().filter(d -> d.stage.isWon()).toList();
        BigDecimal turnover = won.stream().map(d -> d.amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal commission = won.stream().map(Deal::commissionDue).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);

        long max = Math.max(1, reached.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < DealStage.FUNNEL.length; i++) {
            long v = reached.get(DealStage.FUNNEL[i]);
            bars.add(new Bar(DealStage.FUNNEL[i], v, (int) Math.round(100.0 * v / max), i * 12));
        }
        return new Dashboard(from, to, deals.size(), byStage, conversion, times, turnover, commission, won.size(), bars);
    }

    /** part / whole in percent, one decimal, half up; null when the whole is zero. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal average(List<Long> seconds) {
        if (seconds.isEmpty()) {
            return null;
        }
        long sum = seconds.stream().mapToLong(Long::longValue).sum();
        return BigDecimal.valueOf(sum).divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(seconds.size())), 2,
                RoundingMode.HALF_UP);
    }

    /** The middle value of the sorted list, or the mean of the two middle ones. */
    static BigDecimal median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        BigDecimal mid = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return mid.divide(SECONDS_PER_DAY, 2, RoundingMode.HALF_UP);
    }

    /** The chart's height in viewBox units. */
    public int chartHeight() {
        return funnelBars.size() * 12;
    }
}
