package cn.techmarket.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV for Excel: a UTF-8 byte-order mark (without it Excel reads UTF-8 as the local code page), CRLF, RFC 4180 quotes. */
public final class CsvWriter {
    public CsvWriter() {
    }

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private final StringBuilder out = new StringBuilder("\uFEFF");

    public CsvWriter row(List<String> cells) {
        return line(cells.stream().map(CsvWriter::safe).toList());
    }

    /** A row of text and numbers: numbers are written as plain decimals, never defused, so that -12.50 stays a number. */
    public CsvWriter values(List<?> cells) {
        return line(cells.stream().map(c -> c == null ? null
                : c instanceof java.math.BigDecimal d ? d.toPlainString()
                : c instanceof Number n ? n.toString() : safe(c.toString())).toList());
    }

    private CsvWriter line(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Text starting like a formula is defused: headers in a report come from someone's upload. */
    public static String safe(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
