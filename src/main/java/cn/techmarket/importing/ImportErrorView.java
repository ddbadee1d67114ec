package cn.techmarket.importing;

import java.util.Locale;

/** One line of the error report in the caller's language: row number, column as headed in the file, field, message. */
public record ImportErrorView(int row, String column, String field, String message) {

    public static ImportErrorView from(ImportRowError e, Locale locale) {
        return new ImportErrorView(e.row, e.column, e.field, locale.getLanguage().equals("en") ? e.messageEn : e.messageZh);
    }
}
