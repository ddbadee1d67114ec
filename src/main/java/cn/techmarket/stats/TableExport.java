package cn.techmarket.stats;

import cn.techmarket.importing.Spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A dashboard table as CSV or XLSX ({@link Spreadsheet}), with the same columns as on the page.
 */
final class TableExport {
    static final String XLSX = Spreadsheet.XLSX;

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
        return Spreadsheet.csv(table.title(), header(text), table.rows().stream().map(TableExport::cells).toList());
    }

    static byte[] xlsx(StatsTable table, StatsMessages text) {
        return Spreadsheet.xlsx(table.key(), table.title(), header(text), table.rows().stream().map(TableExport::cells).toList());
    }
}
