package cn.techmarket.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of one row as the kinds of values forms take, the way people type them in a sheet, for a kind's
 * {@link RowParser}. A cell that cannot be read becomes an error of its column (collected in {@link #errors()}) and
 * reads as null, so that it is reported once and not again as "required".
 */
public final class RowReader<C extends ImportColumn> {
    private static final Pattern AMOUNT_DECORATION = Pattern.compile("[,，¥￥元\\s]");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Set<String> YES = Set.of("是", "yes", "y", "true", "1", "√", "✓", "面议");
    private static final Set<String> NO = Set.of("否", "no", "n", "false", "0", "×", "✗");

    private final ImportTable<C> table;
    private final TableRow row;
    private final int maxCellLength;
    private final List<RowError> errors = new ArrayList<>();

    public RowReader(ImportTable<C> table, TableRow row, int maxCellLength) {
        this.table = table;
        this.row = row;
        this.maxCellLength = maxCellLength;
    }

    public List<RowError> errors() {
        return errors;
    }

    public String text(C column) {
        String cell = table.cell(row, column);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        if (cell.length() > maxCellLength) {
            return fail(column.field(), "import.cell.too-long", maxCellLength);
        }
        return cell.strip();
    }

    /** A choice by one of its names; {@code parse} answers null for none, {@code offer} lists them for the error. */
    public <E> E choice(C column, Function<String, E> parse, String offer) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        E value = parse.apply(text);
        return value != null ? value : fail(column.field(), "import.value.choice", offer);
    }

    public Integer integer(C column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replaceFirst("(?i)^trl\\s*", "")).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return fail(column.field(), "import.value.integer");
        }
    }

    /** Yuan: "1,200,000" and "¥1200000元" are 1200000. */
    public BigDecimal amount(C column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(AMOUNT_DECORATION.matcher(text).replaceAll(""));
        } catch (NumberFormatException e) {
            return fail(column.field(), "import.value.number");
        }
    }

    public Boolean yesNo(C column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String word = text.toLowerCase(Locale.ROOT);
        return YES.contains(word) ? Boolean.TRUE : NO.contains(word) ? Boolean.FALSE
                : fail(column.field(), "import.value.boolean");
    }

    /** 2026-12-31, 2026/12/31, 2026年12月31日, 20261231, or an Excel date (days since 1899-12-30). */
    public LocalDate date(C column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            Matcher m = DATE.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (text.matches("\\d{8}")) {
                return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
            }
            if (text.matches("\\d{5}(\\.\\d+)?")) {
                return EXCEL_EPOCH.plusDays((long) Double.parseDouble(text));
            }
        } catch (DateTimeException e) {
            // falls through to the error below
        }
        return fail(column.field(), "import.value.date");
    }

    /** Records an error on an API field (reported against its column) and reads as null. */
    public <T> T fail(String field, String key, Object... args) {
        errors.add(table.error(row, field, Text.of(key, args)));
        return null;
    }
}
