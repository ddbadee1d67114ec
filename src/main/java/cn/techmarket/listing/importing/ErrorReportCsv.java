package cn.techmarket.listing.importing;

import cn.techmarket.common.CsvWriter;
import java.util.List;
import java.util.Locale;

/** The error report as a CSV that opens in Excel beside the file it describes. */
final class ErrorReportCsv {
    private ErrorReportCsv() {
    }

    static byte[] of(List<ImportErrorView> errors, Locale locale) {
        ImportMessages text = ImportTemplates.messages(locale);
        CsvWriter csv = new CsvWriter().row(List.of(text.row(), text.column(), text.field(), text.error_message()));
        errors.forEach(e -> csv.row(List.of(String.valueOf(e.row()), nullToEmpty(e.column()), nullToEmpty(e.field()),
                e.message())));
        return csv.bytes();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
