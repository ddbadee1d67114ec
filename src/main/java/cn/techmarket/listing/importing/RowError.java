package cn.techmarket.listing.importing;

/** Why a row was not imported: its number in the file, the column (header as written) and API field, the message. */
record RowError(int row, String column, String field, Text message) {
}
