package cn.techmarket.bench;

import cn.techmarket.search.ListingSearch;
import cn.techmarket.search.SearchQuery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends every query once to the application and once to Elasticsearch directly and checks that both return the
 * same hits in the same order (this also warms both up). When the application relaxed a query that found nothing
 * to any of its words, the raw side is asked the same relaxed body.
 */
final class SameHits {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ListingSearch search;
    private final String elasticsearch;
    private final String application;

    SameHits(ListingSearch search, String elasticsearch, String application) {
        this.search = search;
        this.elasticsearch = elasticsearch;
        this.application = application;
    }

    void check(List<SearchQuery> queries, Report report) throws Exception {
        AtomicInteger empty = new AtomicInteger();
        AtomicInteger relaxed = new AtomicInteger();
        List<String> differ = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> all = new ArrayList<>();
        for (SearchQuery q : queries) {
            all.add(pool.submit(() -> {
                JsonNode answer = JSON.readTree(Load.body(Load.get(application + "/api/v1/search?" + SearchBenchmark.parameters(q))));
                List<String> appHits = new ArrayList<>();
                answer.path("hits").forEach(h -> appHits.add(h.path("id").asText()));
                boolean wasRelaxed = answer.path("relaxed").asBoolean();
                String words = q.words;
                if (wasRelaxed) {
                    q.words = "any";
                    relaxed.incrementAndGet();
                }
                String body = search.body(q);
                q.words = words;
                JsonNode raw = JSON.readTree(Load.body(Load.post(elasticsearch + "/" + String.join(",", search.indices(q))
                        + "/_search", body)));
                List<String> rawHits = new ArrayList<>();
                raw.path("hits").path("hits").forEach(h -> rawHits.add(h.path("_id").asText()));
                if (!appHits.equals(rawHits)) {
                    differ.add(SearchBenchmark.parameters(q));
                }
                if (appHits.isEmpty()) {
                    empty.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        report.line(("Same hits: every one of the %d queries sent once to the app and once to Elasticsearch: **%d differ**; "
                + "%d return no hit on their page (zero-hit queries and pages past the end), %d were relaxed by the app to any "
                + "word (the raw side then got the relaxed body).").formatted(queries.size(), differ.size(), empty.get(),
                relaxed.get()) + (differ.isEmpty() ? "" : " First that differ: `" + String.join("`, `",
                differ.subList(0, Math.min(5, differ.size()))) + "`"));
        report.countErrors(differ.size());
    }
}
