package cn.techmarket.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells what an uploaded file is by its first bytes, not by its name or declared type (Excel users rename files,
 * browsers guess types): a zip is an .xlsx, an OLE2 compound file is an old .xls or an encrypted workbook, text is
 * CSV. Then reads its rows under their header, within the configured limits.
 */
public final class ImportFiles {
    private ImportFiles() {
    }

    /** An uploaded file as the HTTP layer stored it; {@code content} is null when no file was sent. */
    public record Upload(String fileName, long size, Path content) {
    }

    public record Read<C extends ImportColumn>(ImportJob.Format format, ImportTable<C> table) {
    }

    /** {@code known}: every column of the import kind; {@code columns}: those of this file's variant. */
    public static <C extends ImportColumn> Read<C> read(Upload upload, List<C> known, List<C> columns,
                                                        ImportConfig limits) {
        if (upload.content() == null || upload.size() == 0) {
            throw new ImportFileException("import.file.required");
        }
        if (upload.size() > limits.maxFileSize().asLongValue()) {
            throw new ImportFileException("import.file.too-large", limits.maxFileSize().asLongValue() / (1024 * 1024));
        }
        byte[] bytes = bytes(upload.content());
        ImportJob.Format format;
        List<TableRow> rows;
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            format = ImportJob.Format.XLSX;
            rows = XlsxFile.read(upload.content(), limits.maxRows(), limits.maxUnzippedSize().asLongValue());
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportFileException("import.file.xls");
        } else {
            format = ImportJob.Format.CSV;
            rows = CsvFile.read(bytes, limits.maxRows());
        }
        return new Read<>(format, ImportTable.of(rows, known, columns, limits.maxRows()));
    }

    private static byte[] bytes(Path content) {
        try {
            return Files.readAllBytes(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name as the uploader knows it: without a client's path, and short enough to show. */
    static String displayName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.length() <= 255 ? name : name.substring(0, 254) + "…";
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
