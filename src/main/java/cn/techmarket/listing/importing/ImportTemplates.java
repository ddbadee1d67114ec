package cn.techmarket.listing.importing;

import cn.techmarket.common.CsvWriter;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.reference.Industry;
import cn.techmarket.reference.Region;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The files people fill in: a CSV with just the header row, and an .xlsx whose first sheet is the same header and
 * whose other sheets explain every column and list the industry and region codes.
 */
final class ImportTemplates {
    private ImportTemplates() {
    }

    static byte[] csv(ListingKind kind, Locale locale) {
        return new CsvWriter().row(headers(kind, locale)).bytes();
    }

    /** Reads the reference tables: call inside a transaction (or a request, which opens one for reads). */
    static byte[] xlsx(ListingKind kind, Locale locale) {
        ImportMessages text = messages(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "TechMarket", "1.0");
            Worksheet data = workbook.newWorksheet(text.sheet_data());
            List<String> headers = headers(kind, locale);
            for (int c = 0; c < headers.size(); c++) {
                data.value(0, c, headers.get(c));
                data.style(0, c).bold().fillColor("DDEBF7").set();
                data.width(c, 16);
            }
            data.freezePane(0, 1);
            columns(workbook.newWorksheet(text.sheet_columns()), kind, locale, text);
            industries(workbook.newWorksheet(text.sheet_industries()), text);
            regions(workbook.newWorksheet(text.sheet_regions()), text);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ImportMessages messages(Locale locale) {
        return MessageBundles.get(ImportMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }

    private static List<String> headers(ListingKind kind, Locale locale) {
        return ImportColumn.of(kind).stream().map(c -> c.header(locale) + (c.required ? "*" : "")).toList();
    }

    private static void columns(Worksheet sheet, ListingKind kind, Locale locale, ImportMessages text) {
        boolean english = locale.getLanguage().equals("en");
        List<String> head = List.of(text.col_header(), text.col_alias(), text.col_required(), text.col_format());
        for (int c = 0; c < head.size(); c++) {
            sheet.value(0, c, head.get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (ImportColumn column : ImportColumn.of(kind)) {
            sheet.value(r, 0, column.header(Locale.CHINESE));
            sheet.value(r, 1, column.field);
            sheet.value(r, 2, column.required ? text.yes() : "");
            sheet.value(r++, 3, format(column, english));
        }
        sheet.width(0, 16);
        sheet.width(1, 18);
        sheet.width(3, 90);
    }

    /** The column's hint, plus the values it accepts when it is a choice. */
    private static String format(ImportColumn column, boolean english) {
        String hint = english ? column.hintEn : column.hintZh;
        String offer = switch (column) {
            case STAGE -> Choice.STAGE.offer();
            case MODES -> Choice.MODE.offer();
            case NEED_CLASS -> Choice.NEED_CLASS.offer();
            case RIGHTS_STATUS -> Choice.RIGHTS.offer();
            case PRICING_METHOD -> Choice.PRICING.offer();
            case IP_ITEMS -> Choice.IP_TYPE.offer() + " | " + Choice.IP_STATUS.offer();
            default -> "";
        };
        return hint.isEmpty() ? offer : offer.isEmpty() ? hint : hint + " — " + offer;
    }

    private static void industries(Worksheet sheet, ImportMessages text) {
        header(sheet, text);
        int r = 1;
        for (Industry i : Industry.<Industry>listAll(Sort.by("code"))) {
            sheet.value(r, 0, i.code);
            sheet.value(r++, 1, i.nameZh + (i.nameEn == null ? "" : " / " + i.nameEn));
        }
        sheet.width(0, 18);
        sheet.width(1, 60);
    }

    private static void regions(Worksheet sheet, ImportMessages text) {
        header(sheet, text);
        int r = 1;
        for (Region region : Region.<Region>list("level > 1 order by code")) {
            sheet.value(r, 0, region.code);
            sheet.value(r++, 1, region.nameZh + (region.nameEn == null ? "" : " / " + region.nameEn));
        }
        sheet.width(0, 12);
        sheet.width(1, 40);
    }

    private static void header(Worksheet sheet, ImportMessages text) {
        sheet.value(0, 0, text.code());
        sheet.value(0, 1, text.name());
        sheet.style(0, 0).bold().set();
        sheet.style(0, 1).bold().set();
    }
}
