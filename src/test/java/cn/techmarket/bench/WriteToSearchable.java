package cn.techmarket.bench;

import cn.techmarket.testsupport.Listings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Write-to-searchable under search load: needs with real titles and texts, created and submitted through the API by
 * several writer threads, then approved by the operator; the clock runs from the approve request until a search
 * of the needs index finds the listing (Elasticsearch's _count by id, polled every 20 ms: it sees exactly what a
 * search sees after a refresh, and costs the node next to nothing — polling through the search API from 8 threads
 * asked more searches of the application than it could serve, and the first final run timed out on that).
 * Meanwhile the load generator keeps a fixed-rate search load on the application.
 */
final class WriteToSearchable {
    private static final long TIMEOUT_NANOS = 60_000_000_000L;
    private final SearchLoad load;
    private final RealTexts real;
    private final Report report;
    private final String needs;

    /** {@code needs}: the URL of the needs alias on Elasticsearch. */
    WriteToSearchable(SearchLoad load, RealTexts real, String needs) {
        this.load = load;
        this.real = real;
        this.report = load.report();
        this.needs = needs;
    }

    void measure(int writes, int writers, double searchesPerSecond) throws Exception {
        report.load("write-to-searchable");
        Path background = load.generator().startBackground(searchesPerSecond, load.requests().app(load.sample(Integer.MAX_VALUE)),
                3600);
        long[] nanos = new long[writes];
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long started = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < writes; i++) {
            int n = i;
            all.add(pool.submit(() -> {
                nanos[n] = write(n);
                return null;
            }));
        }
        try {
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LoadGeneratorProcess.Window searches = load.generator().stopBackground(background);
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        report.table("Write-to-searchable: " + writes + " needs with real texts published through the API by " + writers
                        + " writer threads (approve → found by a search of the index), under a search load of %.0f requests/s".formatted(searchesPerSecond),
                List.of("what", "writes", "p50 ms", "p95 ms", "p99 ms", "max ms"),
                List.of(List.of("publish → searchable", String.valueOf(writes), ms(sorted, 50), ms(sorted, 95), ms(sorted, 99),
                        "%.0f".formatted(sorted[writes - 1] / 1e6))));
        report.line(("%d writes in %.0f s (%.1f published listings/s, each: create, submit, approve). The search load beside "
                + "them: %d requests, p50 %.1f ms, p99 %.1f ms (from due time), %d errors.").formatted(writes, seconds,
                writes / seconds, searches.response().length,
                LoadGeneratorProcess.Window.histogram(searches.response()).getValueAtPercentile(50) / 1000.0,
                LoadGeneratorProcess.Window.histogram(searches.response()).getValueAtPercentile(99) / 1000.0, searches.errors()));
        report.countErrors(searches.errors());
    }

    private long write(int n) throws InterruptedException {
        RealTexts.Text text = real.needs().get(n % real.needs().size());
        String marker = "wts" + n + "x" + (System.nanoTime() % 1_000_000);
        Map<String, Object> form = Listings.aNeed(cut(marker + " " + text.title(), 120));
        form.put("summary", cut(text.body(), 2000));
        int id = Listings.create("enterprise", "NEED", form);
        Listings.act("enterprise", id, "SUBMIT", null);
        String byId = "{\"query\":{\"ids\":{\"values\":[\"" + id + "\"]}}}";
        long t = System.nanoTime();
        Listings.act("admin", id, "APPROVE", null);
        while (!Load.body(Load.post(needs + "/_count", byId)).contains("\"count\":1")) {
            if (System.nanoTime() - t > TIMEOUT_NANOS) {
                throw new AssertionError("listing " + id + " not searchable after 60 s");
            }
            Thread.sleep(20);
        }
        return System.nanoTime() - t;
    }

    private static String ms(long[] sorted, double p) {
        return "%.0f".formatted(Bootstrap.percentile(sorted, p) / 1e6);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
