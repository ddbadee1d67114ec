package cn.techmarket.stats;

import cn.techmarket.common.InvalidInputException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report period: the registration months it covers. Written 2025 (year), 2025-Q2 (quarter), 2025-03 (month) or
 * 2025-YTD (January to the month of the as-of date, or the whole year once the as-of date is past it).
 */
public record Period(String text, Kind kind, YearMonth first, YearMonth last) {
    public enum Kind { YEAR, QUARTER, MONTH, YTD }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(Q[1-4]|\\d{2}|YTD))?");

    public static Period parse(String text, LocalDate asOf) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim().toUpperCase());
        if (!m.matches()) {
            throw new InvalidInputException("period", "{stats.period.invalid}");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("period", "{stats.period.invalid}");
        }
        String part = m.group(2);
        if (part == null) {
            return new Period(m.group(0), Kind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
        }
        if (part.startsWith("Q")) {
            int q = part.charAt(1) - '0';
            return new Period(m.group(0), Kind.QUARTER, YearMonth.of(year, q * 3 - 2), YearMonth.of(year, q * 3));
        }
        if (part.equals("YTD")) {
            YearMonth through = YearMonth.from(asOf).getYear() == year ? YearMonth.from(asOf)
                    : YearMonth.from(asOf).getYear() > year ? YearMonth.of(year, 12) : YearMonth.of(year, 1).minusMonths(1);
            return new Period(m.group(0), Kind.YTD, YearMonth.of(year, 1), through);
        }
        int month = Integer.parseInt(part);
        if (month < 1 || month > 12) {
            throw new InvalidInputException("period", "{stats.period.invalid}");
        }
        return new Period(m.group(0), Kind.MONTH, YearMonth.of(year, month), YearMonth.of(year, month));
    }

    /** The same months one year earlier (a YTD period keeps its months). */
    public Period lastYear() {
        String shifted = (first.getYear() - 1) + text.substring(4);
        return new Period(shifted, kind, first.minusYears(1), last.minusYears(1));
    }

    public int year() {
        return first.getYear();
    }

    /** A month or a year: the periods a report can be frozen for. */
    public boolean freezable() {
        return kind == Kind.MONTH || kind == Kind.YEAR;
    }

    /** Whether a registration month lies in the period. */
    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    LocalDate firstDay() {
        return first.atDay(1);
    }

    LocalDate lastMonth() {
        return last.atDay(1);
    }
}
