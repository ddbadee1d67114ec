package cn.techmarket.matching.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * nDCG and recall with graded relevance (0 = not relevant). Grades may be fractional (the mean of two graders): the
 * gain 2^g − 1 is defined for any g. An item without a grade counts as 0.
 */
final class RankingMetrics {
    private RankingMetrics() {
    }

    /** nDCG@k with the exponential gain 2^g − 1, against the ideal ordering of every graded item. */
    static <K> double ndcg(List<K> ranked, Map<K, ? extends Number> relevance, int k) {
        double ideal = dcg(relevance.values().stream().map(Number::doubleValue).filter(r -> r > 0)
                .sorted((a, b) -> Double.compare(b, a)).toList(), k);
        if (ideal == 0) {
            return 0;
        }
        List<Double> gains = ranked.stream().map(id -> grade(relevance, id)).toList();
        return dcg(gains, k) / ideal;
    }

    /** Share of the relevant items (grade above 0) found in the first k. */
    static <K> double recall(List<K> ranked, Map<K, ? extends Number> relevance, int k) {
        return recall(ranked, relevance, k, Double.MIN_VALUE);
    }

    /** Share of the items graded at least {@code threshold} found in the first k; 0 when there is none. */
    static <K> double recall(List<K> ranked, Map<K, ? extends Number> relevance, int k, double threshold) {
        Set<K> relevant = relevance.entrySet().stream().filter(e -> e.getValue().doubleValue() >= threshold)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        if (relevant.isEmpty()) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) found / relevant.size();
    }

    private static <K> double grade(Map<K, ? extends Number> relevance, K id) {
        Number grade = relevance.get(id);
        return grade == null ? 0 : grade.doubleValue();
    }

    private static double dcg(List<Double> grades, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, grades.size()); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
