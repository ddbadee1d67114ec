package cn.techmarket.bench;

import cn.techmarket.demo.CatalogueLoader;
import cn.techmarket.demo.DemoListing;
import cn.techmarket.demo.ListingCatalogue;
import cn.techmarket.demo.Vocabulary;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.matching.Embedder;
import cn.techmarket.search.ListingSearch;
import cn.techmarket.search.ReindexProgress;
import cn.techmarket.search.Reindexer;
import cn.techmarket.search.SearchQuery;
import cn.techmarket.search.SharedWords;
import cn.techmarket.testsupport.Listings;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search and matching benchmark (issues 3, 4 and 13), run by {@code deploy/local/tm bench}; writes
 * target/bench/report.md. The corpus is the real listings under eval/real, scaled by a generator drawn from them;
 * the load comes from a {@link LoadGenerator} process of its own (pinned to core 1, the application and its own
 * Elasticsearch node to core 0, where the machine has two cores); CPU time per request is read from /proc for the
 * application's JVM and the Elasticsearch process. Phases: load, index, reindex; every query once, app against raw
 * (same hits); app and raw in alternating randomised closed-loop rounds (p50/p99 ratios with bootstrap intervals);
 * open-loop runs at 25, 50 and 75 % of the raw capacity (HdrHistogram, from each request's due time); kNN recall@50
 * against exact search; the match endpoint; write-to-searchable under search load. Sizes: -Dbench.listings,
 * -Dbench.queries, -Dbench.rounds, -Dbench.round-requests, -Dbench.open-seconds, -Dbench.writes.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@Tag("bench")
class SearchBenchmark {
    static final int LISTINGS = Integer.getInteger("bench.listings", 50_000);
    static final int QUERIES = Integer.getInteger("bench.queries", 1500);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    static final int ROUND_REQUESTS = Integer.getInteger("bench.round-requests", 300);
    static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    static final int OPEN_SECONDS = Integer.getInteger("bench.open-seconds", 20);
    static final int WRITES = Integer.getInteger("bench.writes", 1000);
    static final int WRITERS = Integer.getInteger("bench.writers", 8);
    static final int KNN_QUERIES = Integer.getInteger("bench.knn-queries", 50);
    /** Also time a full reindex of each kind (off by default: on a shared machine it costs minutes the load phases need). */
    static final boolean REINDEX = Boolean.getBoolean("bench.reindex");
    static final boolean PIN = Boolean.parseBoolean(System.getProperty("bench.pin", "true"));
    static final long SEED = 2026;
    @Inject
    CatalogueLoader loader;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ListingSearch search;
    @Inject
    Reindexer reindexer;
    @Inject
    Embedder embedder;
    @Inject
    SharedWords sharedWords;
    private final Report report = new Report();
    private final Random random = new Random(SEED);
    private String es;

    @Test
    void search_and_matching_on_real_texts() throws Exception {
        es = "http://" + ConfigProvider.getConfig().getValue("quarkus.elasticsearch.hosts", String.class).split(",")[0];
        try {
            run();
        } finally {
            report.write(Path.of("target/bench/report.md"));
        }
        assertThat(report.errors()).as("requests that failed in measured windows, and queries whose hits differ").isZero();
    }

    private void run() throws Exception {
        report.machine();
        RealTexts real = RealTexts.load();
        List<RealTexts.Text> all = real.all();
        long t = System.nanoTime();
        List<List<String>> tokens = SmartcnTokens.of(sharedWords, all.stream()
                .flatMap(x -> Stream.of(x.title(), BenchCorpus.summary(x.body()))).toList());
        TextGenerator generator = new TextGenerator(tokens);
        report.figure("split the " + all.size() + " real texts into smartcn words and learn the generator", seconds(t));
        t = System.nanoTime();
        List<float[]> realVectors = RealVectors.of(all, embedder);
        report.figure("real embeddings of the " + all.size() + " real texts (cache; embedded only when missing)", seconds(t));

        BenchCorpus corpus = new BenchCorpus(real, generator, SEED);
        List<Long> ids = load(corpus, new CorpusVectors(realVectors, SEED));
        t = System.nanoTime();
        awaitOutboxDrained();
        report.figure("index them with their vectors (IndexWorker drains the outbox, until searchable)", seconds(t));
        if (REINDEX) {
            for (ListingKind kind : ListingKind.values()) {
                t = System.nanoTime();
                ReindexProgress progress = reindexer.start(kind);
                while (progress.isRunning()) {
                    Thread.sleep(200);
                }
                assertThat(progress.error).isNull();
                report.figure("reindex " + kind + " (" + progress.done + " documents, with vectors, alias swap)", seconds(t));
            }
            awaitOutboxDrained();
        }
        assertThat(count("{}")).isEqualTo(LISTINGS);
        assertThat(count("{\"query\":{\"exists\":{\"field\":\"embedding\"}}}")).isEqualTo(LISTINGS);
        report.corpus(corpus, generator, real);

        ProcessCpu app = new ProcessCpu(ProcessHandle.current().pid());
        ProcessCpu elastic = new ProcessCpu(ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("EsNodeMain")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the benchmark's own Elasticsearch node is not running")).pid());
        boolean pinned = PIN && Runtime.getRuntime().availableProcessors() >= 2 && app.pin(0) && elastic.pin(0);
        report.pinning(pinned);
        List<Integer> realInCorpus = IntStream.range(0, corpus.size()).filter(i -> !corpus.generated(i))
                .map(corpus::seedOf).boxed().toList();
        BenchQueries queryMaker = new BenchQueries(all, tokens, realInCorpus, SEED);
        List<SearchQuery> queries = new ArrayList<>(queryMaker.build(QUERIES).values());
        report.queries(queries.size(), queryMaker.kinds());
        String application = "http://127.0.0.1:" + RestAssured.port;
        try (LoadGeneratorProcess loadGenerator = new LoadGeneratorProcess(pinned ? 1 : null, Path.of("target/bench/load"))) {
            new SameHits(search, es, application).check(queries, report);
            SearchLoad load = new SearchLoad(loadGenerator, new SearchRequests(queries, search, es, application), app, elastic,
                    report, random);
            load.reportIdleCpu(10);
            double capacity = new ClosedRounds(load).run(ROUNDS, ROUND_REQUESTS, CLIENTS);
            new OpenLoop(load).run(capacity, OPEN_SECONDS);
            new KnnRecall(es, realVectors, report).measure(KNN_QUERIES, new SubspaceNoise(realVectors, CorpusVectors.NOISE),
                    random);
            measureMatches(load, ids);
            new WriteToSearchable(load, real, es + "/" + ConfigProvider.getConfig()
                    .getValue("techmarket.search.index-prefix", String.class) + "-need").measure(WRITES, WRITERS, capacity * 0.25);
        }
    }

    /** Generates, rewrites with real texts and loads the listings a chunk at a time, each with its vector. */
    private List<Long> load(BenchCorpus corpus, CorpusVectors vectors) throws Exception {
        ListingCatalogue catalogue = new ListingCatalogue(Vocabulary.load(), SEED, LocalDate.now());
        List<Long> ids = new ArrayList<>(LISTINGS);
        long started = System.nanoTime();
        for (int done = 0; done < LISTINGS; done += 1000) {
            List<DemoListing> chunk = corpus.rewrite(catalogue.mixed(Math.min(1000, LISTINGS - done)));
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                List<Long> chunkIds = loader.load(c, chunk);
                vectors.write(c, chunkIds, chunk, corpus, done);
                c.commit();
                ids.addAll(chunkIds);
            }
        }
        double loading = seconds(started);
        report.figure("load " + LISTINGS + " listings with their vectors (generate, real texts, JDBC batches: listing, IP "
                + "items, vector, outbox row; one transaction a chunk)", loading);
        report.line("Vectors of generated listings: mean cosine to their seed's real embedding **%.3f**.".formatted(vectors.meanCosine()));
        return ids;
    }

    // --- matching ----------------------------------------------------------------------------------------------------

    private void measureMatches(SearchLoad load, List<Long> ids) throws Exception {
        List<Long> sources = new ArrayList<>(ids);
        Collections.shuffle(sources, random);
        String base = "http://127.0.0.1:" + RestAssured.port + "/api/v1/matches/";
        List<String> warm = sources.subList(0, 100).stream().map(id -> "GET\t" + base + id + "?method=FULL").toList();
        List<String> measured = sources.subList(100, 500).stream().map(id -> "GET\t" + base + id + "?method=FULL").toList();
        load.closed(CLIENTS, warm);
        report.load("match");
        Measured m = load.closed(CLIENTS, measured);
        report.table("Match endpoint: 400 distinct source listings, " + CLIENTS + " closed-loop clients",
                Measured.HEADER, List.of(m.row("match `/api/v1/matches/{id}?method=FULL`")));
        report.countErrors(m.window().errors());
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    static String parameters(SearchQuery q) {
        Map<String, String> p = new LinkedHashMap<>(q.asParameters());
        if (q.page != 1) {
            p.put("page", String.valueOf(q.page));
        }
        return p.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private void awaitOutboxDrained() throws Exception {
        while (true) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from search_outbox")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    break;
                }
            }
            Thread.sleep(250);
        }
        Listings.refresh();
    }

    private long count(String body) {
        String prefix = ConfigProvider.getConfig().getValue("techmarket.search.index-prefix", String.class);
        String answer = Load.body(Load.post(es + "/" + prefix + "-need," + prefix + "-result/_count", body));
        return Long.parseLong(answer.replaceAll(".*\"count\":(\\d+).*", "$1"));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
