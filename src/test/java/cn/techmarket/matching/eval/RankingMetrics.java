package cn.techmarket.matching.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The two figures the issue asks for, with graded relevance (0 = not relevant). */
final class RankingMetrics {
    private RankingMetrics() {
    }

    /** nDCG@k with the exponential gain 2^rel − 1, against the ideal ordering of every labelled result. */
    static double ndcg(List<Long> ranked, Map<Long, Integer> relevance, int k) {
        double ideal = dcg(relevance.values().stream().filter(r -> r > 0).sorted((a, b) -> b - a).toList(), k);
        if (ideal == 0) {
            return 0;
        }
        List<Integer> gains = ranked.stream().map(id -> relevance.getOrDefault(id, 0)).toList();
        return dcg(gains, k) / ideal;
    }

    /** Share of the relevant results found in the first k. */
    static double recall(List<Long> ranked, Map<Long, Integer> relevance, int k) {
        Set<Long> relevant = relevance.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        if (relevant.isEmpty()) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) found / relevant.size();
    }

    private static double dcg(List<Integer> grades, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, grades.size()); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
