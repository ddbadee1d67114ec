package cn.techmarket.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV the way Excel writes it (Commons CSV parses): RFC 4180 quotes (with line breaks inside), a UTF-8 or UTF-16 byte-order mark,
 * or no mark at all, which on a Chinese Windows means GBK; GB18030 is its superset. Tab-separated text (Excel's
 * "Unicode text") is read too.
 */
final class CsvFile {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvFile() {
    }

    /** The non-blank rows, at most about {@code maxRows} of them. */
    static List<TableRow> read(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        return parse(text, delimiter(text), maxRows);
    }

    static String decode(byte[] bytes) {
        if (ImportFiles.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeOrFail(StandardCharsets.UTF_8, bytes, 3);
        }
        if (ImportFiles.startsWith(bytes, 0xFF, 0xFE)) {
            return decodeOrFail(StandardCharsets.UTF_16LE, bytes, 2);
        }
        if (ImportFiles.startsWith(bytes, 0xFE, 0xFF)) {
            return decodeOrFail(StandardCharsets.UTF_16BE, bytes, 2);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportFileException("import.file.type");
            }
        }
        try {
            return strict(StandardCharsets.UTF_8, bytes, 0);
        } catch (CharacterCodingException notUtf8) {
            return decodeOrFail(GB18030, bytes, 0);
        }
    }

    private static String decodeOrFail(Charset charset, byte[] bytes, int offset) {
        try {
            return strict(charset, bytes, offset);
        } catch (CharacterCodingException e) {
            throw new ImportFileException("import.file.encoding");
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    /** The header line decides: more tabs than commas means tab-separated. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long tabs = first.chars().filter(c -> c == '\t').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return tabs > commas ? '\t' : ',';
    }

    /**
     * Commons CSV, RFC 4180 as Excel writes it, and as lenient as Excel reads it: rows of any length, a quote inside
     * an unquoted cell is text, text after a closing quote is kept. Records are numbered as Excel numbers rows (a
     * quoted line break stays in its row), counting the empty lines that are then left out.
     */
    private static List<TableRow> parse(String text, char delimiter, int maxRows) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrailingData(true).get();
        List<TableRow> rows = new ArrayList<>();
        int record = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord read : parser) {
                record++;
                TableRow.keep(rows, new TableRow(record, read.toList()), maxRows);
            }
        } catch (IOException | UncheckedIOException e) {
            // the only thing that stops the parser on text in memory: a quote still open at the end
            throw new ImportFileException("import.file.csv-quote", record + 1);
        }
        return rows;
    }
}
