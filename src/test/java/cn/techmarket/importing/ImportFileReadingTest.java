package cn.techmarket.importing;

import cn.techmarket.testsupport.Sheets;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading files as Excel and people write them; no server needed. */
class ImportFileReadingTest {

    @Test
    void csv_quotes_line_breaks_and_a_byte_order_mark_are_read_as_excel_writes_them() {
        String text = "\uFEFF标题,摘要\r\n\"含,逗号\",\"第一行\n第二行 \"\"引号\"\"\"\r\n\r\n,,\r\n末行,无换行";
        List<TableRow> rows = CsvFile.read(text.getBytes(StandardCharsets.UTF_8), 10);
        assertThat(rows).extracting(TableRow::number).containsExactly(1, 2, 5);
        assertThat(rows.get(1).cells()).containsExactly("含,逗号", "第一行\n第二行 \"引号\"");
        assertThat(rows.get(2).cells()).containsExactly("末行", "无换行");
    }

    @Test
    void csv_in_gbk_utf16_or_tab_separated_is_decoded() {
        assertThat(CsvFile.read("标题,摘要\n需求,说明\n".getBytes(Charset.forName("GBK")), 10).get(1).cells())
                .containsExactly("需求", "说明");
        byte[] utf16 = "\uFEFF标题\t摘要\n成果\t说明".getBytes(StandardCharsets.UTF_16LE);
        assertThat(CsvFile.read(utf16, 10).get(1).cells()).containsExactly("成果", "说明");
    }

    @Test
    void an_unclosed_quote_and_too_many_rows_are_refused() {
        assertThatThrownBy(() -> CsvFile.read("a,b\n\"open,c\n".getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOf(ImportFileException.class).hasMessage("import.file.csv-quote");
        assertThatThrownBy(() -> CsvFile.read("a\n".repeat(30).getBytes(StandardCharsets.UTF_8), 10))
                .hasMessage("import.file.too-many-rows");
    }

    @Test
    void xlsx_numbers_dates_and_text_are_read_from_the_first_sheet(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("t.xlsx"), Sheets.xlsx(Sheets.mixedResults("T")));
        List<TableRow> rows = XlsxFile.read(file, 100, 50_000_000);
        assertThat(rows).hasSize(8);
        assertThat(rows.get(1).number()).isEqualTo(2);
        assertThat(rows.get(1).cells().subList(4, 10)).containsExactly("中试", "5", "技术转让、技术许可", "否", "1200000", "");
        assertThat(rows.get(1).cells().get(13)).matches("\\d{5}");
        assertThatThrownBy(() -> XlsxFile.read(file, 100, 1000)).hasMessage("import.file.unzipped-too-large");
    }
}
