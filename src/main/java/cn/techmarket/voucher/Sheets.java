package cn.techmarket.voucher;

import cn.techmarket.importing.CsvWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * One table as CSV or XLSX. Text cells are defused like CSV ones (a leading quote before = + - @), numbers stay
 * numbers: names in these tables come from people's input, and a statement is opened in Excel.
 */
final class Sheets {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Sheets() {
    }

    static byte[] csv(List<String> header, List<List<Object>> rows) {
        CsvWriter csv = new CsvWriter().row(header);
        rows.forEach(r -> csv.row(r.stream().map(c -> c == null ? "" : c instanceof BigDecimal d ? d.toPlainString()
                : c.toString()).toList()));
        return csv.bytes();
    }

    static byte[] xlsx(String sheet, List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "TechMarket", "1.0");
            Worksheet ws = workbook.newWorksheet(sheet);
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, CsvWriter.safe(header.get(c)));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof BigDecimal d) {
                        ws.value(r + 1, c, d);
                    } else if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v != null) {
                        ws.value(r + 1, c, CsvWriter.safe(v.toString()));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
