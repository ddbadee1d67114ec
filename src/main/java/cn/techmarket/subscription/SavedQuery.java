package cn.techmarket.subscription;

import cn.techmarket.common.InvalidInputException;
import cn.techmarket.listing.IpItem;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.Mode;
import cn.techmarket.listing.NeedClass;
import cn.techmarket.listing.Stage;
import cn.techmarket.search.PriceBand;
import cn.techmarket.search.SearchQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Converts between a saved search's stored parameters and the {@link SearchQuery} the results page binds. */
final class SavedQuery {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private SavedQuery() {
    }

    static String toJson(Map<String, String> parameters) {
        try {
            return JSON.writeValueAsString(parameters);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, String>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored saved search is not JSON", e);
        }
    }

    /** The parameters worth keeping (words and filters; no paging, cursor or sort), blanks dropped. */
    static Map<String, String> parameters(SearchQuery q) {
        Map<String, String> p = new LinkedHashMap<>();
        q.asParameters().forEach((k, v) -> {
            if (v != null && !v.isBlank() && !"sort".equals(k)) {
                p.put(k, v.strip());
            }
        });
        return p;
    }

    /** A query from stored or posted parameters; an unknown enum value is a field error named query.&lt;param&gt;. */
    static SearchQuery of(Map<String, String> p) {
        SearchQuery q = new SearchQuery();
        q.q = blankToNull(p.get("q"));
        q.type = choice(ListingKind.class, p, "type");
        q.industry = blankToNull(p.get("industry"));
        q.region = blankToNull(p.get("region"));
        q.stage = choice(Stage.class, p, "stage");
        String trl = blankToNull(p.get("trl"));
        try {
            q.trl = trl == null ? null : Integer.valueOf(trl);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("query.trl", "{subscription.query.invalid}");
        }
        q.mode = choice(Mode.class, p, "mode");
        q.ipType = choice(IpItem.Type.class, p, "ipType");
        q.priceBand = choice(PriceBand.class, p, "priceBand");
        q.needClass = choice(NeedClass.class, p, "needClass");
        q.sort = "newest";
        q.page = 1;
        q.size = 20;
        return q;
    }

    static String href(Map<String, String> p) {
        return "/search?" + p.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, Map<String, String> p, String name) {
        String value = blankToNull(p.get(name));
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("query." + name, "{subscription.query.invalid}");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
