package cn.techmarket.importing;

import cn.techmarket.web.Locales;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A file's rows under its header: where each known column is, which headers were not recognised, and the data rows.
 * The header is the first row naming two known columns, so a title row above it does no harm. {@code known} are all
 * the columns of the import (any variant), {@code columns} those this file may have: a header of another variant is
 * listed as ignored.
 */
public record ImportTable<C extends ImportColumn>(List<C> columns, Map<C, Integer> positions, Map<C, String> headers,
                                                  List<String> ignored, List<TableRow> rows) {
    static final int HEADER_SEARCH_ROWS = 10;

    public static <C extends ImportColumn> ImportTable<C> of(List<TableRow> read, List<C> known, List<C> columns,
                                                             int maxRows) {
        TableRow header = read.stream().limit(HEADER_SEARCH_ROWS)
                .filter(r -> r.cells().stream().filter(c -> ImportColumn.byHeader(known, c).isPresent()).count() >= 2)
                .findFirst().orElseThrow(() -> new ImportFileException("import.file.no-header"));
        Map<C, Integer> positions = new LinkedHashMap<>();
        Map<C, String> headers = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cells().get(i).strip();
            Optional<C> column = ImportColumn.byHeader(known, text).filter(columns::contains);
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
        String missing = columns.stream().filter(c -> c.required() && !positions.containsKey(c))
                .map(c -> c.header(Locales.CHINESE) + "/" + c.field()).collect(Collectors.joining("、"));
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
        return new ImportTable<>(List.copyOf(columns), positions, headers, List.copyOf(ignored), List.copyOf(rows));
    }

    /** The cell of a column in a row; null when the file has no such column or the row ends before it. */
    public String cell(TableRow row, C column) {
        Integer position = positions.get(column);
        return position == null ? null : row.cell(position);
    }

    /** An error on an API field, reported against the column that holds it, as its header reads in the file. */
    public RowError error(TableRow row, String field, Text message) {
        String column = ImportColumn.byField(columns, field).map(headers::get).orElse(null);
        return new RowError(row.number(), column, field, message);
    }
}
