package cn.techmarket.stats;

import cn.techmarket.importing.CsvWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A dashboard table as CSV or XLSX, with the same columns as on the page. Amounts are numbers in both; text (labels
 * include names people typed, such as a registration point's) goes through {@link CsvWriter#safe}, so a cell can
 * never start a formula even after the sheet is re-saved as CSV.
 */
final class TableExport {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {
    }

    static List<String> header(StatsMessages text) {
        return List.of(text.item(), text.count(), text.total(), text.tech(), text.ly_count(), text.ly_total(),
                text.ly_tech(), text.growth());
    }

    static List<Object> cells(StatsRow r) {
        List<Object> cells = new ArrayList<>();
        cells.add(r.label());
        cells.add(r.current().count());
        cells.add(r.current().total());
        cells.add(r.current().tech());
        cells.add(r.lastYear().count());
        cells.add(r.lastYear().total());
        cells.add(r.lastYear().tech());
        cells.add(r.growth());
        return cells;
    }

    static byte[] csv(StatsTable table, StatsMessages text) {
        CsvWriter csv = new CsvWriter().row(List.of(table.title())).row(header(text));
        table.rows().forEach(r -> csv.values(cells(r)));
        return csv.bytes();
    }

    static byte[] xlsx(StatsTable table, StatsMessages text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "TechMarket", "1.0");
            Worksheet sheet = workbook.newWorksheet(table.key());
            sheet.value(0, 0, CsvWriter.safe(table.title()));
            List<String> header = header(text);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(1, c, header.get(c));
                sheet.style(1, c).bold().set();
                sheet.width(c, c == 0 ? 32 : 18);
            }
            int row = 2;
            for (StatsRow r : table.rows()) {
                List<Object> cells = cells(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        sheet.value(row, c, n);
                        if (c == 2 || c == 3 || c == 5 || c == 6) {
                            sheet.style(row, c).format("#,##0.00").set();
                        }
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
