package cn.techmarket.listing.importing;

import cn.techmarket.importing.ImportTable;
import cn.techmarket.importing.RowParser;
import cn.techmarket.importing.RowReader;
import cn.techmarket.importing.TableRow;
import cn.techmarket.listing.IpItem;
import cn.techmarket.listing.ListingForm;
import cn.techmarket.listing.Mode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one row into the {@link ListingForm} the API takes; what it cannot read is an error of its column, everything
 * else is judged later by the same validation as the API.
 */
final class ListingRowParser implements RowParser<ListingForm> {
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；/\\s]+");
    private static final Pattern IP_SEPARATORS = Pattern.compile("[;；\\n]+");
    private static final Pattern IP_PARTS = Pattern.compile("[:：]");

    private final ImportTable<ListingColumn> table;
    private final CodeLookup codes;
    private final int maxCellLength;

    ListingRowParser(ImportTable<ListingColumn> table, CodeLookup codes, int maxCellLength) {
        this.table = table;
        this.codes = codes;
        this.maxCellLength = maxCellLength;
    }

    @Override
    public Parsed<ListingForm> parse(TableRow row) {
        RowReader<ListingColumn> r = new RowReader<>(table, row, maxCellLength);
        ListingForm form = new ListingForm(r.text(ListingColumn.TITLE), r.text(ListingColumn.SUMMARY),
                r.text(ListingColumn.DETAILS), r.text(ListingColumn.KEYWORDS), codes.industry(r.text(ListingColumn.INDUSTRY)),
                codes.region(r.text(ListingColumn.REGION)), choice(r, ListingColumn.STAGE, Choice.STAGE),
                r.integer(ListingColumn.TRL), modes(r), Boolean.TRUE.equals(r.yesNo(ListingColumn.PRICE_NEGOTIABLE)),
                r.amount(ListingColumn.PRICE_MIN), r.amount(ListingColumn.PRICE_MAX), r.text(ListingColumn.PROBLEM),
                r.text(ListingColumn.TARGET_INDICATORS), choice(r, ListingColumn.NEED_CLASS, Choice.NEED_CLASS),
                r.text(ListingColumn.TEAM), r.text(ListingColumn.INVENTORS), choice(r, ListingColumn.RIGHTS_STATUS, Choice.RIGHTS),
                r.yesNo(ListingColumn.RIGHTS_CONFIRMED), r.text(ListingColumn.MATURITY_EVIDENCE),
                choice(r, ListingColumn.PRICING_METHOD, Choice.PRICING), r.text(ListingColumn.APPLICATION_FIELDS),
                r.text(ListingColumn.ADVANTAGES), r.text(ListingColumn.CONTACT_NAME), r.text(ListingColumn.CONTACT_PHONE),
                r.text(ListingColumn.CONTACT_EMAIL), ipItems(r), r.date(ListingColumn.EXPIRES_AT), null);
        return new Parsed<>(form, r.errors());
    }

    private static <E extends Enum<E>> E choice(RowReader<ListingColumn> r, ListingColumn column, Choice<E> choice) {
        return r.choice(column, choice::parse, choice.offer());
    }

    private static Set<Mode> modes(RowReader<ListingColumn> r) {
        String text = r.text(ListingColumn.MODES);
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        if (text == null) {
            return modes;
        }
        for (String word : LIST_SEPARATORS.split(text)) {
            Mode mode = Choice.MODE.parse(word);
            if (mode == null) {
                return r.fail(ListingColumn.MODES.field, "import.value.choice", Choice.MODE.offer());
            }
            modes.add(mode);
        }
        return modes;
    }

    /** 发明专利:ZL2021 1 0123456.7:已授权:一种换热装置; 软著:2023SR0123456 — status defaults to 其他 (not stated). */
    private static List<IpItem> ipItems(RowReader<ListingColumn> r) {
        String text = r.text(ListingColumn.IP_ITEMS);
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
                return r.fail(field, "import.ip.type", items.size() + 1, Choice.IP_TYPE.offer());
            }
            item.number = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
            item.status = parts.length > 2 && !parts[2].isBlank() ? Choice.IP_STATUS.parse(parts[2]) : IpItem.Status.OTHER;
            if (item.status == null) {
                return r.fail(field, "import.ip.status", items.size() + 1, Choice.IP_STATUS.offer());
            }
            item.title = parts.length > 3 && !parts[3].isBlank() ? parts[3].strip() : null;
            items.add(item);
        }
        return items;
    }
}
