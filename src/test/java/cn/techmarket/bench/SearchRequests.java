package cn.techmarket.bench;

import cn.techmarket.search.ListingSearch;
import cn.techmarket.search.SearchQuery;

import java.util.List;

/**
 * Each query as the load generator's two request lines: the application's GET, and the very body the application
 * builds ({@link ListingSearch#body}) posted to Elasticsearch directly.
 */
final class SearchRequests {
    private final List<String> app;
    private final List<String> raw;

    SearchRequests(List<SearchQuery> queries, ListingSearch search, String elasticsearch, String application) {
        app = queries.stream().map(q -> "GET\t" + application + "/api/v1/search?" + SearchBenchmark.parameters(q)).toList();
        raw = queries.stream().map(q -> "POST\t" + elasticsearch + "/" + String.join(",", search.indices(q)) + "/_search\t"
                + search.body(q)).toList();
    }

    int size() {
        return app.size();
    }

    List<String> app(List<Integer> which) {
        return which.stream().map(app::get).toList();
    }

    List<String> raw(List<Integer> which) {
        return which.stream().map(raw::get).toList();
    }
}
