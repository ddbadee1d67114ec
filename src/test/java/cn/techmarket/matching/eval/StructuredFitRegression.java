package cn.techmarket.matching.eval;

import cn.techmarket.demo.CatalogueLoader;
import cn.techmarket.demo.DemoListing;
import cn.techmarket.demo.Vocabulary;
import cn.techmarket.listing.Listing;
import cn.techmarket.matching.Match;
import cn.techmarket.matching.MatchMethod;
import cn.techmarket.matching.Matcher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structured-fit regression ({@code deploy/local/tm eval regression}): the generated set, whose labels are a
 * thresholded copy of three fit factors, so it can only tell whether the structured fit still does what it did — it
 * is no measure of matching quality (that is {@link MatchingEvaluation}, on real listings graded blind). Loads the
 * set into the real database, lets the real workers embed and index it, ranks results for every need with each method
 * and reports nDCG@10 and recall@20 (target/eval/structured-fit-regression-report.md). Not part of {@code tm test}.
 */
@QuarkusTest
@Tag("eval")
class StructuredFitRegression {
    static final int NDCG_AT = 10;
    static final int RECALL_AT = 20;
    @Inject
    CatalogueLoader loader;
    @Inject
    Matcher matcher;

    @Test
    void report_ndcg_and_recall_for_every_method() throws Exception {
        StructuredFitRegressionSet set = StructuredFitRegressionSet.load();
        Vocabulary vocabulary = Vocabulary.load();
        List<RegressionListing> all = Stream.concat(set.needs().stream(), set.results().stream()).toList();
        long loadStarted = System.nanoTime();
        List<Long> ids = loader.load(all.stream().map(l -> l.toDemo(vocabulary)).toList());
        long loadMillis = EvaluationStack.millisSince(loadStarted);
        Map<String, Long> idOf = new HashMap<>();
        Map<Long, String> keyOf = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            idOf.put(all.get(i).key(), ids.get(i));
            keyOf.put(ids.get(i), all.get(i).key());
        }
        long embedStarted = System.nanoTime();
        EvaluationStack.awaitEmbeddedAndIndexed(ids.size());
        long embedMillis = EvaluationStack.millisSince(embedStarted);

        Map<MatchMethod, List<Double>> ndcg = new EnumMap<>(MatchMethod.class), recall = new EnumMap<>(MatchMethod.class);
        Map<MatchMethod, List<Double>> topical = new EnumMap<>(MatchMethod.class);
        Map<MatchMethod, List<Long>> latency = new EnumMap<>(MatchMethod.class);
        for (RegressionListing need : set.needs()) {
            Map<Long, Integer> relevance = new HashMap<>();
            set.labelsOf(need.key()).forEach((result, grade) -> relevance.put(idOf.get(result), grade));
            Map<Long, Integer> sameSubject = new HashMap<>();
            set.results().stream().filter(r -> r.subject().equals(need.subject()))
                    .forEach(r -> sameSubject.put(idOf.get(r.key()), 1));
            for (MatchMethod method : MatchMethod.values()) {
                long started = System.nanoTime();
                List<Long> ranked = QuarkusTransaction.requiringNew().call(() ->
                        matcher.match(Listing.findById(idOf.get(need.key())), method, RECALL_AT)).stream()
                        .map(Match::id).toList();
                latency.computeIfAbsent(method, m -> new ArrayList<>()).add(System.nanoTime() - started);
                assertThat(ranked).as(need.key() + " " + method).isNotEmpty()
                        .allSatisfy(id -> assertThat(keyOf.get(id)).startsWith("R"));
                ndcg.computeIfAbsent(method, m -> new ArrayList<>()).add(RankingMetrics.ndcg(ranked, relevance, NDCG_AT));
                recall.computeIfAbsent(method, m -> new ArrayList<>()).add(RankingMetrics.recall(ranked, relevance, RECALL_AT));
                topical.computeIfAbsent(method, m -> new ArrayList<>()).add(RankingMetrics.ndcg(ranked, sameSubject, NDCG_AT));
            }
        }
        String report = report(set, ndcg, recall, topical, latency, loadMillis, embedMillis);
        Path file = Path.of("target/eval/structured-fit-regression-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
        assertThat(mean(ndcg.get(MatchMethod.FULL))).isBetween(0.0, 1.0);
    }

    private String report(StructuredFitRegressionSet set, Map<MatchMethod, List<Double>> ndcg, Map<MatchMethod, List<Double>> recall,
                          Map<MatchMethod, List<Double>> topical, Map<MatchMethod, List<Long>> latency, long loadMillis,
                          long embedMillis) {
        double lexical = mean(ndcg.get(MatchMethod.LEXICAL));
        StringBuilder out = new StringBuilder();
        out.append("Matching evaluation: ").append(set.needs().size()).append(" needs, ").append(set.results().size())
                .append(" results, ").append(set.labels().values().stream().mapToInt(Map::size).sum())
                .append(" labelled pairs\n\n");
        out.append("| method | nDCG@10 | vs lexical | recall@20 | nDCG@10, subject only | match p50 ms | match p99 ms |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (MatchMethod method : MatchMethod.values()) {
            double n = mean(ndcg.get(method));
            out.append(String.format("| %s | %.4f | %+.1f %% | %.4f | %.4f | %.1f | %.1f |%n", method, n,
                    (n / lexical - 1) * 100, mean(recall.get(method)), mean(topical.get(method)),
                    percentile(latency.get(method), 50),
                    percentile(latency.get(method), 99)));
        }
        out.append(String.format("%nLoad of %d listings: %d ms. Embedding and indexing them by the workers: %d ms "
                        + "(%.1f ms a listing).%n", set.needs().size() + set.results().size(), loadMillis, embedMillis,
                (double) embedMillis / (set.needs().size() + set.results().size())));
        out.append("\n\"Subject only\" counts every result of the need's subject as relevant (1), structure ignored: how well a "
                + "method finds the right technology, whatever the terms.\n");
        return out.toString();
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(index) / 1e6;
    }
}
