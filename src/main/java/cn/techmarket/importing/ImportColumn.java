package cn.techmarket.importing;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * One column an import kind knows (its column map is the list of them). A header matches a column by one of its
 * names or its API field name, ignoring case, spaces, a required mark (*) and a unit in brackets, so "价格下限（元）*"
 * and "priceMin" are the same column.
 */
public interface ImportColumn {
    /** The API field it fills (also its English header); errors on this field are reported against this column. */
    String field();

    boolean required();

    /** The names a header may give it, the first being the one templates write in Chinese. */
    java.util.List<String> names();

    default String header(Locale locale) {
        return locale.getLanguage().equals("en") ? field() : names().getFirst();
    }

    default boolean matches(String header) {
        String wanted = normalize(header);
        return normalize(field()).equals(wanted) || names().stream().anyMatch(n -> normalize(n).equals(wanted));
    }

    static <C extends ImportColumn> Optional<C> byHeader(Collection<C> columns, String header) {
        return columns.stream().filter(c -> c.matches(header)).findFirst();
    }

    /** The column an API field path such as "ipItems[0].number" reports against. */
    static <C extends ImportColumn> Optional<C> byField(Collection<C> columns, String path) {
        String root = path == null ? "" : path.split("[.\\[]", 2)[0];
        return columns.stream().filter(c -> c.field().equals(root)).findFirst();
    }

    /** "价格下限（元）*" → "价格下限": units and required marks are decoration. */
    static String normalize(String header) {
        return header == null ? "" : header.replaceAll("[(（\\[【].*?[)）\\]】]", "")
                .replaceAll("[\\s\\u3000*＊\\uFEFF]", "").toLowerCase(Locale.ROOT);
    }
}
