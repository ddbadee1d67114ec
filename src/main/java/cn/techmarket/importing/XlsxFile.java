package cn.techmarket.importing;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the first sheet of an .xlsx workbook, streaming (fastexcel-reader: no DTDs, no external entities). */
final class XlsxFile {
    private static final int MAX_ENTRIES = 1000;

    private XlsxFile() {
    }

    static List<TableRow> read(Path file, int maxRows, long maxUnzippedBytes) {
        requireWorkbookWithin(file, maxUnzippedBytes);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            List<TableRow> rows = new ArrayList<>();
            for (Iterator<Row> it = sheet.iterator(); it.hasNext(); ) {
                Row row = it.next();
                TableRow.keep(rows, new TableRow(row.getRowNum(), cells(row)), maxRows);
            }
            return rows;
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a third-party parser on untrusted bytes: whatever it throws means "not a workbook we can read"
            throw new ImportFileException("import.file.unreadable");
        }
    }

    /**
     * A 10 MB upload can inflate to gigabytes (a zip bomb). Inflating once while counting is the only measure that
     * cannot be lied to (the sizes in the zip directory can); it also tells an .xlsx from any other zip. ZipFile, not
     * ZipInputStream: the latter refuses the data descriptors some writers (fastexcel among them) use.
     */
    private static void requireWorkbookWithin(Path file, long maxUnzippedBytes) {
        long total = 0;
        boolean workbook = false;
        byte[] buffer = new byte[16 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new ImportFileException("import.file.unreadable");
            }
            for (ZipEntry entry : Collections.list(zip.entries())) {
                workbook |= entry.getName().equals("xl/workbook.xml");
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                        if (total > maxUnzippedBytes) {
                            throw new ImportFileException("import.file.unzipped-too-large");
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportFileException("import.file.unreadable");
        }
        if (!workbook) {
            throw new ImportFileException("import.file.type");
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    /** Numbers as plain decimals (no 1.2E6); dates stay Excel serial numbers, which the date column understands. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case EMPTY -> "";
            case ERROR -> cell.getRawValue();
            default -> cell.getText();
        };
    }
}
