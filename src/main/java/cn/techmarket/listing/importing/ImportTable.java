package cn.techmarket.listing.importing;

import cn.techmarket.listing.ListingKind;
import cn.techmarket.web.Locales;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A file's rows under its header: where each known column is, which headers were not recognised, and the data rows.
 * The header is the first row naming two known columns, so a title row above it does no harm.
 */
record ImportTable(Map<ImportColumn, Integer> positions, Map<ImportColumn, String> headers, List<String> ignored,
                   List<TableRow> rows) {
    static final int HEADER_SEARCH_ROWS = 10;

    static ImportTable of(List<TableRow> read, ListingKind kind, int maxRows) {
        TableRow header = read.stream().limit(HEADER_SEARCH_ROWS)
                .filter(r -> r.cells().stream().filter(c -> ImportColumn.byHeader(c).isPresent()).count() >= 2)
                .findFirst().orElseThrow(() -> new ImportFileException("import.file.no-header"));
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cells().get(i).strip();
            Optional<ImportColumn> column = ImportColumn.byHeader(text).filter(c -> c.appliesTo(kind));
            if (column.isEmpty()) {
                if (!text.isEmpty()) {
                    ignored.add(text);
                }
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                throw new ImportFileException("import.file.duplicate-column", text);
            } else {
                headers.put(column.get(), text);
            }
        }
        String missing = ImportColumn.of(kind).stream().filter(c -> c.required && !positions.containsKey(c))
                .map(c -> c.header(Locales.CHINESE) + "/" + c.field).collect(Collectors.joining("、"));
        if (!missing.isEmpty()) {
            throw new ImportFileException("import.file.columns-missing", missing);
        }
        List<TableRow> rows = read.subList(read.indexOf(header) + 1, read.size());
        if (rows.isEmpty()) {
            throw new ImportFileException("import.file.no-rows");
        }
        if (rows.size() > maxRows) {
            throw new ImportFileException("import.file.too-many-rows", maxRows);
        }
        return new ImportTable(positions, headers, List.copyOf(ignored), List.copyOf(rows));
    }

    /** The cell of a column in a row; null when the file has no such column or the row ends before it. */
    String cell(TableRow row, ImportColumn column) {
        Integer position = positions.get(column);
        return position == null ? null : row.cell(position);
    }

    /** An error on an API field, reported against the column that holds it, as its header reads in the file. */
    RowError error(TableRow row, String field, Text message) {
        String column = ImportColumn.byField(field).map(headers::get).orElse(null);
        return new RowError(row.number(), column, field, message);
    }
}
