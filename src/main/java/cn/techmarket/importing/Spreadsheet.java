package cn.techmarket.importing;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A table for download, as CSV or XLSX with the same cells: numbers stay numbers (amounts with two decimals), and text
 * goes through {@link CsvWriter#safe}, since labels hold names people typed and a cell must never start a formula,
 * even after the sheet is re-saved as CSV. An optional title line comes first, then the header, then the rows.
 */
public final class Spreadsheet {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheet() {
    }

    public static byte[] csv(String title, List<String> header, List<? extends List<?>> rows) {
        CsvWriter csv = new CsvWriter();
        if (title != null) {
            csv.row(List.of(title));
        }
        csv.row(header);
        rows.forEach(csv::values);
        return csv.bytes();
    }

    public static byte[] xlsx(String sheetName, String title, List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "TechMarket", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            int row = 0;
            if (title != null) {
                sheet.value(row++, 0, CsvWriter.safe(title));
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.value(row, c, CsvWriter.safe(header.get(c)));
                sheet.style(row, c).bold().set();
                sheet.width(c, c == 0 ? 32 : 18);
            }
            row++;
            for (List<?> cells : rows) {
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof BigDecimal d) {
                        sheet.value(row, c, d);
                        sheet.style(row, c).format("#,##0.00").set();
                    } else if (v instanceof Number n) {
                        sheet.value(row, c, n);
                    } else if (v != null) {
                        sheet.value(row, c, CsvWriter.safe(v.toString()));
                    }
                }
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
