package cn.techmarket.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the facet counts for the whole result set, and the cursor for the next page. Highlights are
 * HTML-escaped by Elasticsearch (encoder html) with &lt;mark&gt; around matched words, so pages may print them raw.
 * {@code relaxed}: no listing had enough of the words, so these hits have any of them ({@code words=any});
 * {@code suggestions}: when even that found nothing, titles and keywords that begin like the query.
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<Bucket>> facets,
                           String next, boolean relaxed, List<String> suggestions) {

    /** No hits and no facets: what a page shows before (or instead of) a search. */
    public static final SearchResult EMPTY = new SearchResult(0, 1, 20, List.of(), Map.of(), null, false, List.of());

    SearchResult asRelaxed() {
        return new SearchResult(total, page, size, hits, facets, next, true, suggestions);
    }

    SearchResult withSuggestions(List<String> completions) {
        return new SearchResult(total, page, size, hits, facets, next, relaxed, completions);
    }

    public record Hit(long id, String kind, String title, String titleHtml, String summaryHtml, String industry,
                      String region, String stage, Integer trl, List<String> modes, String price, String owner,
                      String publishedAt) {

        /** The publication date (yyyy-MM-dd) in China time. */
        public String publishedDay() {
            return publishedAt == null ? null
                    : java.time.Instant.parse(publishedAt).atZone(cn.techmarket.common.Clocks.CHINA).toLocalDate().toString();
        }
    }

    public record Bucket(String key, long count) {
    }
}
