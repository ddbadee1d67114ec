package cn.techmarket.common;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV for Excel: a UTF-8 byte-order mark (without it Excel reads UTF-8 as the local code page), CRLF, RFC 4180 quotes. */
public final class CsvWriter {
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private final StringBuilder out = new StringBuilder("\uFEFF");

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Cells starting like a formula are defused: headers in a report come from someone's upload. */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = defused(text);
        return safe.matches("(?s).*[,\"\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /**
     * A text a spreadsheet would read as a formula gets a leading quote; XLSX writers use it for text cells too. A
     * plain number (a negative amount) is no formula and stays as it is.
     */
    public static String defused(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-\\d+(\\.\\d+)?");
}
