package cn.techmarket.importing;

/** Why a row was not imported: its number in the file, the column (header as written) and API field, the message. */
public record RowError(int row, String column, String field, Text message) {
}
