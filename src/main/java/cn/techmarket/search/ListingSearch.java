package cn.techmarket.search;

import cn.techmarket.listing.ListingKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.techmarket.search.ListingFields.*;

/**
 * Full-text search over published listings. {@link #body} builds the request body as plain JSON, the same bytes
 * the benchmark sends straight to Elasticsearch as its baseline.
 */
@ApplicationScoped
public class ListingSearch {
    /** Facet name → indexed field. */
    static final Map<String, String> FACETS = facets();
    private static final List<String> SOURCE = List.of(ID, KIND, TITLE, INDUSTRY, REGION, STAGE, TRL, MODES, PRICE_TEXT,
            OWNER_NAME, PUBLISHED_AT);
    /** How long a reader may pause between two pages before the cursor expires (each page renews it). */
    static final String PIT_KEEP_ALIVE = "3m";
    @Inject
    ElasticsearchClient client;
    @Inject
    IndexNames names;
    @Inject
    ObjectMapper json;
    @Inject
    RawSearch raw;

    private static Map<String, String> facets() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", KIND);
        f.put("industry", INDUSTRY_L1);
        f.put("subIndustry", INDUSTRY);
        f.put("city", REGION_CITY);
        f.put("regionGroup", REGION_GROUPS);
        f.put("stage", STAGE);
        f.put("trl", TRL);
        f.put("mode", MODES);
        f.put("ipType", IP_TYPES);
        f.put("priceBand", PRICE_BAND);
        return f;
    }

    /**
     * One page of results. When no listing has enough of the words, the same search with any of the words is
     * returned instead (marked relaxed), and when even that finds nothing, suggestions that begin like the query:
     * nobody is left with an empty page and no way on. A cursor Elasticsearch refuses (expired, of another search)
     * is the caller's input error, not an outage. Throws {@link SearchUnavailable} when Elasticsearch does not answer.
     */
    public SearchResult search(SearchQuery query) {
        SearchResult result = page(query);
        boolean text = query.q != null && !query.q.isBlank();
        if (result.total() > 0 || !text || query.after != null && !query.after.isBlank()) {
            return result;
        }
        if (!query.anyWord()) {
            // the query itself becomes words=any, so the links of the relaxed page (next, facets) stay relaxed
            query.words = "any";
            SearchResult relaxed = page(query);
            if (relaxed.total() > 0) {
                return relaxed.asRelaxed();
            }
            query.words = "all";
        }
        String q = query.q.strip();
        return result.withSuggestions(suggest(q.length() > 4 ? q.substring(0, 4) : q));
    }

    private SearchResult page(SearchQuery query) {
        Cursor cursor = Cursor.decode(query.after, query.sort, json);
        String body = body(query, cursor);
        JsonNode response;
        try {
            response = cursor == null ? raw.search(indices(query), body)
                    : raw.searchInTime(withPointInTime(body, pointInTime(query, cursor)));
        } catch (org.elasticsearch.client.ResponseException e) {
            if (cursor != null) {
                // Elasticsearch answered, and refused the cursor: its point in time expired, or the index behind it
                // was replaced by a reindex, or the cursor came from elsewhere
                throw new cn.techmarket.common.InvalidInputException("after", "{cursor.stale}");
            }
            throw new SearchUnavailable(e);
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        }
        List<SearchResult.Hit> hits = new ArrayList<>();
        JsonNode lastSort = null;
        for (JsonNode hit : response.path("hits").path("hits")) {
            hits.add(toHit(hit.path("_source"), hit.path("highlight")));
            lastSort = hit.get("sort");
        }
        Map<String, List<SearchResult.Bucket>> facets = new LinkedHashMap<>();
        JsonNode aggregations = response.path("aggregations");
        FACETS.keySet().forEach(name -> facets.put(name, naturalOrder(name, buckets(aggregations.path(name)))));
        long total = response.path("hits").path("total").path("value").asLong(hits.size());
        boolean more = hits.size() == query.size && lastSort != null;
        String pit = response.hasNonNull("pit_id") ? response.get("pit_id").asText() : null;
        String next = more ? new Cursor((ArrayNode) lastSort, pit).encode(json) : null;
        return new SearchResult(total, query.page, query.size, hits, facets, next, false, List.of());
    }

    /** The cursor's point in time; the second page opens one, which the pages after it keep reading. */
    private String pointInTime(SearchQuery query, Cursor cursor) throws IOException {
        return cursor.pit() != null ? cursor.pit() : raw.openPointInTime(indices(query), PIT_KEEP_ALIVE);
    }

    private String withPointInTime(String body, String pit) throws IOException {
        ObjectNode node = (ObjectNode) json.readTree(body);
        node.putObject("pit").put("id", pit).put("keep_alive", PIT_KEEP_ALIVE);
        return node.toString();
    }

    public List<String> indices(SearchQuery query) {
        return query.type == null ? List.of(names.alias(ListingKind.NEED), names.alias(ListingKind.RESULT))
                : List.of(names.alias(query.type));
    }

    /** Type-ahead: titles and keywords that start with the typed text. */
    public List<String> suggest(String prefix) {
        ObjectNode body = json.createObjectNode();
        body.putObject("_source").putArray("includes").add(TITLE);
        ObjectNode completion = body.putObject("suggest").putObject("s").put("prefix", prefix).putObject("completion");
        completion.put("field", SUGGEST).put("size", 8).put("skip_duplicates", true);
        SearchResponse<JsonData> response = SearchCalls.translated(() -> client.search(s -> s.withJson(new StringReader(body.toString()))
                .index(List.of(names.alias(ListingKind.NEED), names.alias(ListingKind.RESULT))), JsonData.class));
        return response.suggest().get("s").stream()
                .flatMap(s -> s.completion().options().stream()).map(o -> o.text()).distinct().limit(8).toList();
    }

    /** The request body of a search (without a point in time): what the benchmark sends Elasticsearch directly. */
    public String body(SearchQuery q) {
        return body(q, Cursor.decode(q.after, q.sort, json));
    }

    private String body(SearchQuery q, Cursor cursor) {
        ObjectNode body = json.createObjectNode();
        body.put("track_total_hits", true).put("size", q.size);
        if (cursor == null) {
            body.put("from", (q.page - 1) * q.size);
        } else {
            body.set("search_after", cursor.sortValues());
        }
        ObjectNode bool = body.putObject("query").putObject("bool");
        if (q.q != null && !q.q.isBlank()) {
            text(bool, q.q.strip(), q.anyWord() ? "1" : ENOUGH_WORDS);
        }
        filters(bool.putArray("filter"), q);
        sort(body.putArray("sort"), q);
        // the Java client parses _source only in its object form
        body.putObject("_source").set("includes", json.valueToTree(SOURCE));
        ObjectNode aggs = body.putObject("aggs");
        FACETS.forEach((name, field) -> aggs.putObject(name).putObject("terms").put("field", field).put("size", 50));
        ObjectNode highlight = body.putObject("highlight").put("encoder", "html");
        highlight.putArray("pre_tags").add("<mark>");
        highlight.putArray("post_tags").add("</mark>");
        // the Java client reads highlight fields only as a list of one-key objects (ES accepts both forms)
        ArrayNode fields = highlight.putArray("fields");
        fields.addObject().putObject(TITLE).put("number_of_fragments", 0);
        fields.addObject().putObject(SUMMARY).put("fragment_size", 120).put("number_of_fragments", 1)
                .put("no_match_size", 120);
        if (q.q != null && !q.q.isBlank()) {
            // Marks the query's words (smartcn, as searched) without making the highlighter re-run the whole query
            // with its cross_fields and bigram phrases: a third of the highlighting cost, the same marks.
            highlight.putObject("highlight_query").putObject("multi_match").put("query", q.q.strip())
                    .putArray("fields").add(TITLE).add(SUMMARY);
        }
        return body.toString();
    }

    /**
     * How many of the query's words a listing must have: all of up to three (so 京东 物流 needs both, and 京东 never
     * matches 北京东城, whose words are 北京 and 东城), all but one of four or five, half of longer ones, such as a
     * need's whole title typed into the box, where a relevant listing shares the subject words but not the phrasing.
     */
    static final String ENOUGH_WORDS = "3<-1 5<50%";

    /**
     * Words are matched on the smartcn fields across all of them (title weighs most, then keywords, summary, body);
     * for three characters or more a phrase on the bigram subfields is an alternative, for words smartcn cuts
     * differently. The query's words as a phrase, or close together, in the title or summary rank first.
     */
    private void text(ObjectNode bool, String text, String enough) {
        ArrayNode any = bool.putArray("must").addObject().putObject("bool").put("minimum_should_match", 1).putArray("should");
        ObjectNode words = any.addObject().putObject("multi_match");
        words.put("query", text).put("type", "cross_fields").put("minimum_should_match", enough);
        words.putArray("fields").add(boosted(TITLE, 3)).add(boosted(KEYWORDS, 2)).add(SUMMARY).add(boosted(BODY, 0.5))
                .add(boosted(OWNER_NAME, 0.5));
        if (text.codePointCount(0, text.length()) >= 3) {
            ObjectNode phrase = any.addObject().putObject("multi_match");
            phrase.put("query", text).put("type", "phrase");
            phrase.putArray("fields").add(boosted(bigram(TITLE), 1.5)).add(boosted(bigram(SUMMARY), 0.5))
                    .add(boosted(bigram(BODY), 0.3));
        }
        ArrayNode boosts = bool.putArray("should");
        boosts.addObject().putObject("match_phrase").putObject(TITLE).put("query", text).put("boost", 3);
        ObjectNode near = boosts.addObject().putObject("multi_match");
        near.put("query", text).put("type", "phrase").put("slop", 3).put("boost", 1.5);
        near.putArray("fields").add(boosted(TITLE, 2)).add(KEYWORDS).add(SUMMARY);
    }

    private void filters(ArrayNode filter, SearchQuery q) {
        if (q.industry != null) {
            ArrayNode either = filter.addObject().putObject("bool").put("minimum_should_match", 1).putArray("should");
            either.addObject().putObject("term").put(INDUSTRY, q.industry);
            either.addObject().putObject("term").put(INDUSTRY_L1, q.industry);
        }
        if (q.region != null) {
            filter.addObject().putObject("term").put(q.region.matches("\\d{6}") ? REGION_PATH : REGION_GROUPS, q.region);
        }
        term(filter, STAGE, q.stage == null ? null : q.stage.name());
        if (q.trl != null) {
            filter.addObject().putObject("term").put(TRL, q.trl);
        }
        term(filter, MODES, q.mode == null ? null : q.mode.name());
        term(filter, IP_TYPES, q.ipType == null ? null : q.ipType.name());
        term(filter, PRICE_BAND, q.priceBand == null ? null : q.priceBand.name());
        term(filter, NEED_CLASS, q.needClass == null ? null : q.needClass.name());
    }

    private static void term(ArrayNode filter, String field, String value) {
        if (value != null) {
            filter.addObject().putObject("term").put(field, value);
        }
    }

    private static void sort(ArrayNode sort, SearchQuery q) {
        switch (q.sort) {
            case "newest" -> sort.addObject().put(PUBLISHED_AT, "desc");
            case "price_asc" -> sort.addObject().putObject(PRICE_CENTS).put("order", "asc").put("missing", "_last");
            case "price_desc" -> sort.addObject().putObject(PRICE_CENTS).put("order", "desc").put("missing", "_last");
            default -> {
                sort.add("_score");
                sort.addObject().put(PUBLISHED_AT, "desc");
            }
        }
        sort.addObject().put(ID, "desc");
    }

    private SearchResult.Hit toHit(JsonNode source, JsonNode highlight) {
        ListingDocument s = ListingDocuments.read(source);
        String title = s.title() == null ? "" : s.title();
        return new SearchResult.Hit(s.id(), s.kind() == null ? "" : s.kind().name(), title,
                highlight.has(TITLE) ? Highlights.wholeWords(highlight.path(TITLE).path(0).asText()) : escape(title),
                highlight.has(SUMMARY) ? Highlights.wholeWords(highlight.path(SUMMARY).path(0).asText()) : "",
                s.industry(), s.region(), s.stage(), s.trl(), s.modesOrEmpty(),
                s.priceText() == null ? "" : s.priceText(), s.ownerName(),
                s.publishedAt() == null ? null : s.publishedAt().toString());
    }

    /**
     * Facets whose values have an order of their own show in it (TRL 1–9, stages from lab to industry, price bands
     * from low to high); the others stay by count.
     */
    static List<SearchResult.Bucket> naturalOrder(String facet, List<SearchResult.Bucket> buckets) {
        java.util.function.ToIntFunction<SearchResult.Bucket> rank = switch (facet) {
            case "trl" -> b -> b.key().matches("\\d+") ? Integer.parseInt(b.key()) : Integer.MAX_VALUE;
            case "stage" -> b -> ordinal(cn.techmarket.listing.Stage.class, b.key());
            case "priceBand" -> b -> ordinal(PriceBand.class, b.key());
            default -> null;
        };
        if (rank == null) {
            return buckets;
        }
        List<SearchResult.Bucket> sorted = new ArrayList<>(buckets);
        sorted.sort(java.util.Comparator.comparingInt(rank));
        return sorted;
    }

    private static <E extends Enum<E>> int ordinal(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Terms buckets: string keys as they are, numeric keys (trl) as their decimal text. */
    private static List<SearchResult.Bucket> buckets(JsonNode aggregate) {
        List<SearchResult.Bucket> buckets = new ArrayList<>();
        aggregate.path("buckets").forEach(b -> buckets.add(new SearchResult.Bucket(b.path("key").asText(), b.path("doc_count").asLong())));
        return buckets;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
