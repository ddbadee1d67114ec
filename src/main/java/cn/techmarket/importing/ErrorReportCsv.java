package cn.techmarket.importing;

import cn.techmarket.importing.CsvWriter;
import java.util.List;

/** The error report as a CSV that opens in Excel beside the file it describes. */
public final class ErrorReportCsv {
    private ErrorReportCsv() {
    }

    /** {@code headers}: the captions of row, column, field and message in the reader's language. */
    public static byte[] of(List<ImportErrorView> errors, List<String> headers) {
        CsvWriter csv = new CsvWriter().row(headers);
        errors.forEach(e -> csv.row(List.of(String.valueOf(e.row()), nullToEmpty(e.column()), nullToEmpty(e.field()),
                e.message())));
        return csv.bytes();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
