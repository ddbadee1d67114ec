package cn.techmarket.listing.importing;

import cn.techmarket.importing.ImportTable;
import cn.techmarket.importing.TableRow;
import cn.techmarket.listing.ListingKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finding listing columns in a header as people write it; no server needed. */
class ListingColumnsTest {

    @Test
    void the_header_may_have_a_title_row_above_it_units_and_marks_and_unknown_columns() {
        List<TableRow> rows = List.of(new TableRow(1, List.of("2026 年成果清单")),
                new TableRow(2, List.of("标题*", "Summary", "行业代码", "地区代码（6位）", "备注", "需求类别", "权属", "定价方式")),
                new TableRow(3, List.of("a", "b", "EQUIP", "510603", "", "", "单位所有", "协议定价")));
        ImportTable<ListingColumn> table = ImportTable.of(rows, ListingColumn.all(), ListingColumn.of(ListingKind.RESULT), 10);
        assertThat(table.positions()).containsEntry(ListingColumn.SUMMARY, 1).containsEntry(ListingColumn.REGION, 3);
        assertThat(table.ignored()).containsExactly("备注", "需求类别");
        assertThat(table.rows()).hasSize(1);
        assertThatThrownBy(() -> ImportTable.of(rows, ListingColumn.all(), ListingColumn.of(ListingKind.NEED), 10)).hasMessage("import.file.columns-missing");
    }
}
