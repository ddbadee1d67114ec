package cn.techmarket.listing.importing;

import cn.techmarket.listing.IpItem;
import cn.techmarket.listing.ListingForm;
import cn.techmarket.listing.Mode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one row into the {@link ListingForm} the API takes. A cell that cannot be read (a word where a number goes,
 * an unknown choice) becomes an error of its column and leaves its field empty; everything else is judged later by
 * the same validation as the API.
 */
final class RowParser {
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；/\\s]+");
    private static final Pattern IP_SEPARATORS = Pattern.compile("[;；\\n]+");
    private static final Pattern IP_PARTS = Pattern.compile("[:：]");
    private static final Pattern AMOUNT_DECORATION = Pattern.compile("[,，¥￥元\\s]");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Set<String> YES = Set.of("是", "yes", "y", "true", "1", "√", "✓", "面议");
    private static final Set<String> NO = Set.of("否", "no", "n", "false", "0", "×", "✗");

    private final ImportTable table;
    private final CodeLookup codes;
    private final int maxCellLength;

    RowParser(ImportTable table, CodeLookup codes, int maxCellLength) {
        this.table = table;
        this.codes = codes;
        this.maxCellLength = maxCellLength;
    }

    record Parsed(ListingForm form, List<RowError> errors) {
    }

    Parsed parse(TableRow row) {
        Reading r = new Reading(row);
        ListingForm form = new ListingForm(r.text(ImportColumn.TITLE), r.text(ImportColumn.SUMMARY),
                r.text(ImportColumn.DETAILS), r.text(ImportColumn.KEYWORDS), codes.industry(r.text(ImportColumn.INDUSTRY)),
                codes.region(r.text(ImportColumn.REGION)), r.choice(ImportColumn.STAGE, Choice.STAGE),
                r.integer(ImportColumn.TRL), r.modes(), Boolean.TRUE.equals(r.yesNo(ImportColumn.PRICE_NEGOTIABLE)),
                r.amount(ImportColumn.PRICE_MIN), r.amount(ImportColumn.PRICE_MAX), r.text(ImportColumn.PROBLEM),
                r.text(ImportColumn.TARGET_INDICATORS), r.choice(ImportColumn.NEED_CLASS, Choice.NEED_CLASS),
                r.text(ImportColumn.TEAM), r.text(ImportColumn.INVENTORS), r.choice(ImportColumn.RIGHTS_STATUS, Choice.RIGHTS),
                r.yesNo(ImportColumn.RIGHTS_CONFIRMED), r.text(ImportColumn.MATURITY_EVIDENCE),
                r.choice(ImportColumn.PRICING_METHOD, Choice.PRICING), r.text(ImportColumn.APPLICATION_FIELDS),
                r.text(ImportColumn.ADVANTAGES), r.text(ImportColumn.CONTACT_NAME), r.text(ImportColumn.CONTACT_PHONE),
                r.text(ImportColumn.CONTACT_EMAIL), r.ipItems(), r.date(ImportColumn.EXPIRES_AT), null);
        return new Parsed(form, r.errors);
    }

    /** One row being read; collects the errors of its cells. */
    private final class Reading {
        private final TableRow row;
        private final List<RowError> errors = new ArrayList<>();

        Reading(TableRow row) {
            this.row = row;
        }

        String text(ImportColumn column) {
            String cell = table.cell(row, column);
            if (cell == null || cell.isBlank()) {
                return null;
            }
            if (cell.length() > maxCellLength) {
                return fail(column.field, "import.cell.too-long", maxCellLength);
            }
            return cell.strip();
        }

        <E extends Enum<E>> E choice(ImportColumn column, Choice<E> choice) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            E value = choice.parse(text);
            return value != null ? value : fail(column.field, "import.value.choice", choice.offer());
        }

        Integer integer(ImportColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text.replaceFirst("(?i)^trl\\s*", "")).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                return fail(column.field, "import.value.integer");
            }
        }

        BigDecimal amount(ImportColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(AMOUNT_DECORATION.matcher(text).replaceAll(""));
            } catch (NumberFormatException e) {
                return fail(column.field, "import.value.number");
            }
        }

        Boolean yesNo(ImportColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            String word = text.toLowerCase(Locale.ROOT);
            return YES.contains(word) ? Boolean.TRUE : NO.contains(word) ? Boolean.FALSE
                    : fail(column.field, "import.value.boolean");
        }

        /** 2026-12-31, 2026/12/31, 2026年12月31日, 20261231, or an Excel date (days since 1899-12-30). */
        LocalDate date(ImportColumn column) {
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
            return fail(column.field, "import.value.date");
        }

        Set<Mode> modes() {
            String text = text(ImportColumn.MODES);
            Set<Mode> modes = EnumSet.noneOf(Mode.class);
            if (text == null) {
                return modes;
            }
            for (String word : LIST_SEPARATORS.split(text)) {
                Mode mode = Choice.MODE.parse(word);
                if (mode == null) {
                    return fail(ImportColumn.MODES.field, "import.value.choice", Choice.MODE.offer());
                }
                modes.add(mode);
            }
            return modes;
        }

        /** 发明专利:ZL2021 1 0123456.7:已授权:一种换热装置; 软著:2023SR0123456 — status defaults to 其他 (not stated). */
        List<IpItem> ipItems() {
            String text = text(ImportColumn.IP_ITEMS);
            List<IpItem> items = new ArrayList<>();
            if (text == null) {
                return items;
            }
            for (String written : IP_SEPARATORS.split(text)) {
                if (written.isBlank()) {
                    continue;
                }
                String field = "ipItems[" + items.size() + "]";
                String[] parts = IP_PARTS.split(written.strip(), 4);
                IpItem item = new IpItem();
                item.type = Choice.IP_TYPE.parse(parts[0]);
                if (item.type == null) {
                    return fail(field, "import.ip.type", items.size() + 1, Choice.IP_TYPE.offer());
                }
                item.number = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
                item.status = parts.length > 2 && !parts[2].isBlank() ? Choice.IP_STATUS.parse(parts[2]) : IpItem.Status.OTHER;
                if (item.status == null) {
                    return fail(field, "import.ip.status", items.size() + 1, Choice.IP_STATUS.offer());
                }
                item.title = parts.length > 3 && !parts[3].isBlank() ? parts[3].strip() : null;
                items.add(item);
            }
            return items;
        }

        private <T> T fail(String field, String key, Object... args) {
            errors.add(table.error(row, field, Text.of(key, args)));
            return null;
        }
    }
}
