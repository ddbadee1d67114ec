package cn.techmarket.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one money formatter (yuan, BigDecimal). Chinese pages write large amounts in 万元 (241万元) as people there
 * read them, small ones as ¥85,000; English pages always ¥2,410,000. Cents show only when there are any. Inputs
 * accept what people type: 500万, 1.5万元, ¥1,200.50, 500,000元.
 */
public final class Money {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    /** From 10万 on, 万元 reads better than six digits. */
    private static final BigDecimal LARGE = BigDecimal.valueOf(100_000);
    private static final Pattern YUAN = Pattern.compile("¥([0-9,]+(?:\\.[0-9]+)?)");

    private Money() {
    }

    public static String format(BigDecimal yuan, boolean chinese) {
        if (yuan == null) {
            return "";
        }
        if (chinese && yuan.abs().compareTo(LARGE) >= 0) {
            return plain(yuan.divide(WAN, 2, RoundingMode.HALF_UP)) + "万元";
        }
        return "¥" + grouped(yuan);
    }

    /**
     * To the fen whatever the language (¥1,234.50, -¥300,000.00): for registers and statistics, whose figures must
     * reconcile exactly.
     */
    public static String exact(BigDecimal yuan) {
        if (yuan == null) {
            return "";
        }
        String digits = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(yuan.abs());
        return (yuan.signum() < 0 ? "-¥" : "¥") + digits;
    }

    /** A range: 50–200万元 on Chinese pages when both ends are large, else each end formatted. */
    public static String range(BigDecimal min, BigDecimal max, boolean chinese) {
        if (min == null || max == null || min.compareTo(max) == 0) {
            return format(max != null ? max : min, chinese);
        }
        if (chinese && min.abs().compareTo(LARGE) >= 0 && max.abs().compareTo(LARGE) >= 0) {
            return plain(min.divide(WAN, 2, RoundingMode.HALF_UP)) + "–" + format(max, true);
        }
        return format(min, chinese) + "–" + format(max, chinese);
    }

    /**
     * Re-formats the amounts inside a neutral price text (¥50,000.00–¥200,000.00, as the search index stores it)
     * for the page's language; other text (面议) is left as it is.
     */
    public static String localize(String neutral, boolean chinese) {
        if (neutral == null) {
            return "";
        }
        Matcher m = YUAN.matcher(neutral);
        BigDecimal first = null;
        BigDecimal second = null;
        while (m.find()) {
            BigDecimal amount = new BigDecimal(m.group(1).replace(",", ""));
            if (first == null) {
                first = amount;
            } else {
                second = amount;
            }
        }
        if (first == null) {
            return neutral;
        }
        return range(first, second == null ? first : second, chinese);
    }

    /** What a person typed, in yuan; {@code null} when blank. Throws NumberFormatException when unreadable. */
    public static BigDecimal parse(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
                .replace(" ", "");
        if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return null;
        }
        try {
            if (s.endsWith("万")) {
                return AsciiNumbers.decimal(s.substring(0, s.length() - 1)).multiply(WAN).setScale(2, RoundingMode.UNNECESSARY);
            }
            if (s.endsWith("亿")) {
                return AsciiNumbers.decimal(s.substring(0, s.length() - 1)).multiply(WAN).multiply(WAN).setScale(2, RoundingMode.UNNECESSARY);
            }
        } catch (ArithmeticException finerThanAFen) {
            throw new NumberFormatException("more decimals than a fen: " + typed);
        }
        return AsciiNumbers.decimal(s);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String grouped(BigDecimal yuan) {
        boolean whole = yuan.stripTrailingZeros().scale() <= 0;
        return new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(yuan);
    }
}
