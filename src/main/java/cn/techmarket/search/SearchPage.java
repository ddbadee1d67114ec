package cn.techmarket.search;

import cn.techmarket.listing.ListingMessages;
import cn.techmarket.reference.ReferenceNames;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The results page as the template needs it: facets with labels, counts and the link that toggles each value, the
 * active filters as removable chips, and the link to the next page. Every link is the search's URL with one change,
 * so any state of the page can be shared or bookmarked.
 */
public record SearchPage(SearchQuery query, SearchResult result, List<Facet> facets, List<Chip> chips,
                         String nextHref, String firstHref, Map<String, String> sortHrefs) {

    public record Facet(String name, String label, List<Option> options) {
    }

    public record Option(String label, long count, String href, boolean selected) {
    }

    public record Chip(String label, String removeHref) {
    }

    /** The type filter as text, for the search box's hidden field; null for both types. */
    public String typeName() {
        return query.type == null ? null : query.type.name();
    }

    /** This search's words and filters as a query string ("" when there are none), e.g. for 保存此搜索. */
    public String queryString() {
        String href = href(query.asParameters());
        return href.equals("/search") ? "" : href.substring("/search?".length());
    }

    /** The same search restricted to one type ("" for both). */
    public String typeHref(String type) {
        return href(with(query.asParameters(), "type", type.isEmpty() ? null : type));
    }

    /** The same search requiring the words again (offered on a relaxed page). */
    public String strictHref() {
        return href(with(query.asParameters(), "words", null));
    }

    /** Each suggestion → a search for it with the same filters. */
    public Map<String, String> suggestionHrefs() {
        Map<String, String> hrefs = new LinkedHashMap<>();
        result.suggestions().forEach(s -> hrefs.put(s, href(with(with(query.asParameters(), "q", s), "words", null))));
        return hrefs;
    }

    /** Facet name → the URL parameter it sets. */
    static final Map<String, String> PARAMS = Map.of("type", "type", "industry", "industry", "subIndustry", "industry",
            "city", "region", "regionGroup", "region", "stage", "stage", "trl", "trl", "mode", "mode",
            "ipType", "ipType", "priceBand", "priceBand");

    static SearchPage of(SearchQuery query, SearchResult result, ListingMessages msg, ReferenceNames names, Locale locale) {
        Map<String, String> current = query.asParameters();
        List<Facet> facets = new ArrayList<>();
        result.facets().forEach((name, buckets) -> {
            String param = PARAMS.get(name);
            // a listing filed under a whole industry has no sub-industry: its top-level code is not repeated here
            List<Option> options = buckets.stream().filter(b -> !name.equals("subIndustry") || b.key().contains("."))
                    .map(b -> {
                boolean selected = b.key().equals(current.get(param));
                return new Option(label(name, b.key(), msg, names, locale), b.count(),
                        href(with(current, param, selected ? null : b.key())), selected);
            }).toList();
            if (!options.isEmpty()) {
                facets.add(new Facet(name, msg.facet(name), options));
            }
        });
        List<Chip> chips = new ArrayList<>();
        current.forEach((param, value) -> {
            if (value != null && !param.equals("q") && !param.equals("sort")) {
                String facet = facetOf(param, value);
                String title = facet.equals("needClass") ? msg.need_class_label() : msg.facet(facet);
                chips.add(new Chip(title + ": " + label(facet, value, msg, names, locale),
                        href(with(current, param, null))));
            }
        });
        Map<String, String> sorts = new LinkedHashMap<>();
        for (String sort : List.of("relevance", "newest", "price_asc", "price_desc")) {
            sorts.put(sort, href(with(current, "sort", sort.equals("relevance") ? null : sort)));
        }
        String next = result.next() == null ? null : href(with(current, "after", result.next()));
        String first = query.after == null || query.after.isBlank() ? null : href(current);
        return new SearchPage(query, result, facets, chips, next, first, sorts);
    }

    /** Which facet an active URL parameter belongs to, for its label (industry and region serve two facets). */
    private static String facetOf(String param, String value) {
        return switch (param) {
            case "industry" -> value.contains(".") ? "subIndustry" : "industry";
            case "region" -> value.matches("\\d{6}") ? "city" : "regionGroup";
            default -> param;
        };
    }

    static String label(String facet, String key, ListingMessages msg, ReferenceNames names, Locale locale) {
        return switch (facet) {
            case "type" -> msg.kind(key);
            case "stage" -> msg.stage(key);
            case "mode" -> msg.mode(key);
            case "ipType" -> msg.ip_type(key);
            case "priceBand" -> msg.price_band(key);
            case "trl" -> "TRL " + key;
            case "needClass" -> msg.need_class(key);
            default -> names.of(key, locale);
        };
    }

    private static Map<String, String> with(Map<String, String> params, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.put(name, value);
        return changed;
    }

    static String href(Map<String, String> params) {
        String query = params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "/search" : "/search?" + query;
    }
}
