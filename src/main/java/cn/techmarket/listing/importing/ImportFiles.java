package cn.techmarket.listing.importing;

import cn.techmarket.listing.ListingKind;

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
final class ImportFiles {
    private ImportFiles() {
    }

    record Read(ListingImport.Format format, ImportTable table) {
    }

    static Read read(ListingImportService.Upload upload, ListingKind kind, ImportConfig limits) {
        if (upload.content() == null || upload.size() == 0) {
            throw new ImportFileException("import.file.required");
        }
        if (upload.size() > limits.maxFileSize().asLongValue()) {
            throw new ImportFileException("import.file.too-large", limits.maxFileSize().asLongValue() / (1024 * 1024));
        }
        byte[] bytes = bytes(upload.content());
        ListingImport.Format format;
        List<TableRow> rows;
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            format = ListingImport.Format.XLSX;
            rows = XlsxFile.read(upload.content(), limits.maxRows(), limits.maxUnzippedSize().asLongValue());
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportFileException("import.file.xls");
        } else {
            format = ListingImport.Format.CSV;
            rows = CsvFile.read(bytes, limits.maxRows());
        }
        return new Read(format, ImportTable.of(rows, kind, limits.maxRows()));
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
