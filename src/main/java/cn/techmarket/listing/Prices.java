package cn.techmarket.listing;

import java.math.BigDecimal;
import java.text.DecimalFormat;

/** Prices and budgets as people read them: exact yuan with two decimals, a range, or 面议. */
public final class Prices {
    public static final String NEGOTIABLE = "面议";

    private Prices() {
    }

    /** 面议, ¥120,000.00, or ¥50,000.00–¥200,000.00. */
    public static String text(boolean negotiable, BigDecimal min, BigDecimal max) {
        if (negotiable) {
            return NEGOTIABLE;
        }
        DecimalFormat yuan = new DecimalFormat("¥#,##0.00");
        if (min != null && max != null && min.compareTo(max) != 0) {
            return yuan.format(min) + "–" + yuan.format(max);
        }
        BigDecimal one = max != null ? max : min;
        return one == null ? "" : yuan.format(one);
    }
}
