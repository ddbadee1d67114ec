package cn.techmarket.matching.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTest {
    private static final Map<Long, Integer> LABELS = Map.of(1L, 2, 2L, 1, 3L, 1);

    @Test
    void the_ideal_order_scores_one_and_a_reversed_order_less() {
        assertThat(RankingMetrics.ndcg(List.of(1L, 2L, 3L), LABELS, 10)).isCloseTo(1.0, within(1e-9));
        // gains 1,1,3 at ranks 1..3 against the ideal 3,1,1
        double expected = (1 + 1 / log2(3) + 3 / log2(4)) / (3 + 1 / log2(3) + 1 / log2(4));
        assertThat(RankingMetrics.ndcg(List.of(3L, 2L, 1L), LABELS, 10)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void hits_beyond_the_cut_off_do_not_count() {
        assertThat(RankingMetrics.ndcg(List.of(9L, 8L, 1L), LABELS, 2)).isZero();
        assertThat(RankingMetrics.recall(List.of(9L, 1L, 2L, 3L), LABELS, 3)).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void a_need_without_relevant_results_scores_zero_rather_than_dividing_by_zero() {
        assertThat(RankingMetrics.ndcg(List.of(1L), Map.of(1L, 0), 10)).isZero();
        assertThat(RankingMetrics.recall(List.of(1L), Map.of(), 20)).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
