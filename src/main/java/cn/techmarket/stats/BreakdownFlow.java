package cn.techmarket.stats;

import cn.techmarket.common.InvalidInputException;

import java.util.Locale;

/**
 * Which of the scope's contracts the breakdowns describe: 输出 (the seller lies in the scope, as registered) or 吸纳
 * (the buyer does). 内部 is not offered: the breakdown table keeps one party's region per row, and internal needs both.
 */
public enum BreakdownFlow {
    OUTPUT('S', "seller_region"),
    ABSORBED('B', "buyer_region");

    final char side;
    final String ledgerRegion;

    BreakdownFlow(char side, String ledgerRegion) {
        this.side = side;
        this.ledgerRegion = ledgerRegion;
    }

    /** Blank is 输出, the default and what frozen reports keep. */
    public static BreakdownFlow parse(String text) {
        if (text == null || text.isBlank()) {
            return OUTPUT;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("flow", "{stats.flow.invalid}");
        }
    }

    /** The row-key prefix of a breakdown: 输出 keeps the keys frozen reports were stored with (CLASS:…). */
    String keyPrefix(Dimension d) {
        return this == OUTPUT ? d.name() : name() + "." + d.name();
    }
}
