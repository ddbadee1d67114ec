package cn.techmarket.search;

import java.math.BigDecimal;

/** Price or budget bands for the facet, in yuan (面议 is its own band). */
public enum PriceBand {
    NEGOTIABLE(null), LT_10W(100_000), FROM_10W(500_000), FROM_50W(1_000_000), FROM_100W(5_000_000),
    FROM_500W(10_000_000), FROM_1000W(null), UNKNOWN(null);

    private final Integer below;

    PriceBand(Integer below) {
        this.below = below;
    }

    static PriceBand of(boolean negotiable, BigDecimal yuan) {
        if (negotiable) {
            return NEGOTIABLE;
        }
        if (yuan == null) {
            return UNKNOWN;
        }
        for (PriceBand band : values()) {
            if (band.below != null && yuan.compareTo(BigDecimal.valueOf(band.below)) < 0) {
                return band;
            }
        }
        return FROM_1000W;
    }
}
