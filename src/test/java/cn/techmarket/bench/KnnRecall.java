package cn.techmarket.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * kNN recall@50: the approximate kNN search the application runs (k 50, 200 candidates, as {@code SimilarListings}
 * asks) against an exact search (a script scoring every document by cosine), for query vectors near real texts
 * (real embeddings perturbed like the generated listings'), over both listing indices.
 */
final class KnnRecall {
    private static final int K = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String elasticsearch;
    private final List<float[]> real;
    private final Report report;

    KnnRecall(String elasticsearch, List<float[]> real, Report report) {
        this.elasticsearch = elasticsearch;
        this.real = real;
        this.report = report;
    }

    void measure(int queries, SubspaceNoise noise, Random random) throws Exception {
        String prefix = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("techmarket.search.index-prefix", String.class);
        String indices = elasticsearch + "/" + prefix + "-need," + prefix + "-result/_search";
        double recall = 0;
        double worst = 1;
        long approximateNanos = 0;
        long exactNanos = 0;
        for (int i = -1; i < queries; i++) { // query -1 warms up: its figures are not counted
            float[] v = noise.perturb(real.get(random.nextInt(real.size())), random);
            ObjectNode knn = JSON.createObjectNode().put("size", K).put("_source", false);
            ObjectNode k = knn.putObject("knn").put("field", "embedding").put("k", K).put("num_candidates", Math.max(100, K * 4));
            vector(k.putArray("query_vector"), v);
            ObjectNode exact = JSON.createObjectNode().put("size", K).put("_source", false);
            ObjectNode script = exact.putObject("query").putObject("script_score");
            script.putObject("query").putObject("match_all");
            ObjectNode s = script.putObject("script").put("source", "cosineSimilarity(params.v, 'embedding') + 1.0");
            vector(s.putObject("params").putArray("v"), v);
            long t = System.nanoTime();
            Set<String> approximate = ids(Load.body(Load.post(indices, knn.toString())));
            long t2 = System.nanoTime();
            Set<String> truth = ids(Load.body(Load.post(indices, exact.toString())));
            if (i < 0) {
                continue;
            }
            exactNanos += System.nanoTime() - t2;
            approximateNanos += t2 - t;
            approximate.retainAll(truth);
            double r = truth.isEmpty() ? 1 : (double) approximate.size() / truth.size();
            recall += r;
            worst = Math.min(worst, r);
        }
        report.line(("kNN recall@%d against exact search (script_score over every vector), %d query vectors: **%.3f** "
                + "(worst query %.2f); approximate %.1f ms, exact %.1f ms per query, one at a time.").formatted(K, queries,
                recall / queries, worst, approximateNanos / 1e6 / queries, exactNanos / 1e6 / queries));
    }

    private static void vector(ArrayNode array, float[] v) {
        for (float x : v) {
            array.add(x);
        }
    }

    private static Set<String> ids(String answer) throws Exception {
        Set<String> ids = new HashSet<>();
        for (JsonNode hit : JSON.readTree(answer).path("hits").path("hits")) {
            ids.add(hit.path("_id").asText()); // listing ids are unique across both kinds
        }
        return ids;
    }
}
