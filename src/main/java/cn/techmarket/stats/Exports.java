package cn.techmarket.stats;

import cn.techmarket.importing.CsvWriter;
import cn.techmarket.common.InvalidInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/** Answers a request for one table of a dashboard in the format asked, shared by the API and the pages. */
final class Exports {
    private Exports() {
    }

    static Response respond(Dashboard d, String key, String format, Locale locale) {
        StatsTable table = d.table(key == null ? "" : key);
        if (table == null) {
            throw new InvalidInputException("table", "{stats.table.invalid}");
        }
        String name = "stats-" + d.scope().code() + "-" + d.period().text() + "-" + table.key();
        StatsMessages text = StatsResource.messages(locale);
        return switch (format == null || format.isBlank() ? "json" : format.toLowerCase(Locale.ROOT)) {
            case "json" -> Response.ok(table, MediaType.APPLICATION_JSON_TYPE).build();
            case "csv" -> download(TableExport.csv(table, text), CsvWriter.MEDIA_TYPE, name + ".csv");
            case "xlsx" -> download(TableExport.xlsx(table, text), TableExport.XLSX, name + ".xlsx");
            default -> throw new InvalidInputException("format", "{stats.format.invalid}");
        };
    }

    static int year(String text) {
        if (text == null || !text.matches("\\d{4}")) {
            throw new InvalidInputException("year", "{stats.year.invalid}");
        }
        int y = Integer.parseInt(text);
        if (y < 2000 || y > 2100) {
            throw new InvalidInputException("year", "{stats.year.invalid}");
        }
        return y;
    }

    private static Response download(byte[] bytes, String type, String file) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
