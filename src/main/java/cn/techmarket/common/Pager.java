package cn.techmarket.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Previous/next links that keep a list page's filters in the URL (shareable, bookmarkable). */
public record Pager(String prev, String next) {

    public static Pager of(String path, Map<String, String> filters, PageResult<?> result) {
        String query = filters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = path + "?" + (query.isEmpty() ? "" : query + "&") + "size=" + result.size() + "&page=";
        return new Pager(result.page() > 1 ? base + (result.page() - 1) : null,
                result.page() < result.totalPages() ? base + (result.page() + 1) : null);
    }
}
