package cn.techmarket.importing;

import java.util.List;

/** One row of a sheet as read: its number as Excel shows it (1 = the first row) and its cells as text. */
public record TableRow(int number, List<String> cells) {

    /** The cell's text, or null past the row's last cell. */
    String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    /**
     * Adds a row as it is read, unless blank; stops reading a file that is clearly over the row limit (the rows above
     * the header, at most {@link ImportTable#HEADER_SEARCH_ROWS}, are allowed for), before it is all in memory.
     */
    static void keep(List<TableRow> rows, TableRow row, int maxRows) {
        if (row.isBlank()) {
            return;
        }
        if (rows.size() >= maxRows + ImportTable.HEADER_SEARCH_ROWS) {
            throw new ImportFileException("import.file.too-many-rows", maxRows);
        }
        rows.add(row);
    }

    /** Spreadsheets keep formatted but empty rows; they are not rows anybody meant to import. */
    boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
