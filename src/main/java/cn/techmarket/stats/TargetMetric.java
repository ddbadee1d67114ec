package cn.techmarket.stats;

import java.math.BigDecimal;

/**
 * What a target measures: 成交额 (TOTAL) or 技术交易额 (TECH) of a flow (输出 + 吸纳 as published, 输出, 吸纳), or 吸纳
 * 成交额 as a share of GDP (a region's, per cent). The stored codes are stats_target.metric.
 */
public enum TargetMetric {
    PUBLISHED_TOTAL(Measure.TOTAL, Flow.PUBLISHED),
    OUTPUT_TOTAL(Measure.TOTAL, Flow.OUTPUT),
    ABSORBED_TOTAL(Measure.TOTAL, Flow.ABSORBED),
    PUBLISHED_TECH(Measure.TECH, Flow.PUBLISHED),
    OUTPUT_TECH(Measure.TECH, Flow.OUTPUT),
    ABSORBED_TECH(Measure.TECH, Flow.ABSORBED),
    ABSORBED_GDP_PERCENT(Measure.GDP_SHARE, Flow.ABSORBED);

    /** The form's first choice: which amount. */
    public enum Measure { TOTAL, TECH, GDP_SHARE }

    /** The form's second choice: whose contracts. */
    public enum Flow { PUBLISHED, OUTPUT, ABSORBED }

    final Measure measure;
    final Flow flow;

    TargetMetric(Measure measure, Flow flow) {
        this.measure = measure;
        this.flow = flow;
    }

    /** The metric of a measure and a flow; null when they do not go together (a GDP share of 输出). */
    static TargetMetric of(Measure measure, Flow flow) {
        for (TargetMetric m : values()) {
            if (m.measure == measure && m.flow == flow) {
                return m;
            }
        }
        return null;
    }

    /** The upper bound a target may have: a percentage, or 1 000 000 亿元 (stats_target_range). */
    BigDecimal ceiling() {
        return measure == Measure.GDP_SHARE ? BigDecimal.valueOf(100) : new BigDecimal("100000000000000");
    }

    /** The year's figure this target is measured against (not for the GDP share). */
    BigDecimal amount(Figure published, Figure output, Figure absorbed) {
        Figure f = switch (flow) {
            case PUBLISHED -> published;
            case OUTPUT -> output;
            case ABSORBED -> absorbed;
        };
        return measure == Measure.TECH ? f.tech() : f.total();
    }
}
