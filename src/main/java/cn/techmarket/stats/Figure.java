package cn.techmarket.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Count, 成交额 (total) and 技术交易额 (tech) of a set of contracts, in yuan to the fen. */
public record Figure(long count, BigDecimal total, BigDecimal tech) {
    public static final Figure ZERO = new Figure(0, money(BigDecimal.ZERO), money(BigDecimal.ZERO));

    public Figure {
        total = money(total);
        tech = money(tech);
    }

    public Figure plus(Figure o) {
        return new Figure(count + o.count, total.add(o.total), tech.add(o.tech));
    }

    public Figure minus(Figure o) {
        return new Figure(count - o.count, total.subtract(o.total), tech.subtract(o.tech));
    }

    public boolean isZero() {
        return count == 0 && total.signum() == 0 && tech.signum() == 0;
    }

    /** 成交额 change against another figure, in per cent with one decimal; null when the other is zero. */
    public BigDecimal growthOver(Figure before) {
        if (before.total.signum() == 0) {
            return null;
        }
        return total.subtract(before.total).multiply(BigDecimal.valueOf(100))
                .divide(before.total, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(2, RoundingMode.UNNECESSARY);
    }
}
