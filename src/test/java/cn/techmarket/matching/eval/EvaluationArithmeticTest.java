package cn.techmarket.matching.eval;

import cn.techmarket.matching.FitFactor;
import cn.techmarket.matching.Match;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The real evaluation's arithmetic against figures worked out by hand. */
class EvaluationArithmeticTest {

    @Test
    void kappa_of_the_textbook_two_by_two_table_is_0_4() {
        // 20 agree on 0, 15 agree on 1, 5 say 0/1, 10 say 1/0: po = 0.7, pe = 0.5·0.6 + 0.5·0.4 = 0.5
        List<int[]> pairs = new ArrayList<>();
        pairs.addAll(Collections.nCopies(20, new int[] {0, 0}));
        pairs.addAll(Collections.nCopies(5, new int[] {0, 1}));
        pairs.addAll(Collections.nCopies(10, new int[] {1, 0}));
        pairs.addAll(Collections.nCopies(15, new int[] {1, 1}));
        assertThat(Agreement.kappa(pairs, 3)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void quadratic_kappa_counts_a_near_miss_as_three_quarters_on_a_0_to_2_scale() {
        // weights 1, 0.75, 0 for distance 0, 1, 2: po = (1 + .75 + .75 + 1) / 4 = .875; pe = .65625; κ = 7/11
        List<int[]> pairs = List.of(new int[] {0, 0}, new int[] {1, 2}, new int[] {2, 1}, new int[] {2, 2});
        assertThat(Agreement.quadraticKappa(pairs, 2)).isCloseTo(7.0 / 11, within(1e-12));
        assertThat(Agreement.kappa(pairs, 2)).isCloseTo((0.5 - 0.375) / (1 - 0.375), within(1e-12));
        List<int[]> same = List.of(new int[] {0, 0}, new int[] {3, 3}, new int[] {1, 1});
        assertThat(Agreement.quadraticKappa(same, 3)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void ndcg_takes_fractional_grades_and_counts_an_unjudged_item_as_zero() {
        Map<String, Double> grades = Map.of("a", 1.5, "b", 3.0, "c", 0.5);
        double dcg = (Math.pow(2, 1.5) - 1) / 1 + 0 + 7 / log2(4);
        double ideal = 7 / 1 + (Math.pow(2, 1.5) - 1) / log2(3) + (Math.sqrt(2) - 1) / log2(4);
        assertThat(RankingMetrics.ndcg(List.of("a", "unjudged", "b"), grades, 10)).isCloseTo(dcg / ideal, within(1e-12));
        assertThat(dcg / ideal).isCloseTo(0.6373, within(1e-4));
        assertThat(RankingMetrics.recall(List.of("a", "unjudged", "b"), grades, 2, 1.5)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void the_paired_bootstrap_of_a_constant_gain_is_that_gain_and_excludes_zero() {
        List<Double> b = List.of(0.1, 0.5, 0.3, 0.7, 0.2), a = b.stream().map(x -> x + 0.1).toList();
        Bootstrap.Interval d = Bootstrap.difference(a, b);
        assertThat(d.estimate()).isCloseTo(0.1, within(1e-12));
        assertThat(d.low()).isCloseTo(0.1, within(1e-12));
        assertThat(d.high()).isCloseTo(0.1, within(1e-12));
        assertThat(d.excludesZero()).isTrue();
        assertThat(Bootstrap.relative(b.stream().map(x -> 2 * x).toList(), b).estimate()).isCloseTo(1.0, within(1e-12));
        assertThat(Bootstrap.difference(b, b).excludesZero()).isFalse();
    }

    @Test
    void full_is_re_scored_by_the_matchers_formula_and_an_ablated_factor_no_longer_counts_or_blocks() {
        FullVariant full = new FullVariant("FULL", 0.6, 0.4, 0.5, true, true, Set.of());
        // first by words only: fused = (1/61) / (2/61) = 0.5; fit = (1.0·.15 + .6·.15) / .30 = .8
        Match fits = match(1, List.of(new FitFactor("modes", 1.0, 0.15, "", true, false),
                new FitFactor("price", 0.6, 0.15, "", true, false), new FitFactor("region", 1.0, 0, "", true, false)));
        assertThat(full.score(fits, 60)).isCloseTo(0.6 * 0.5 + 0.4 * 0.8, within(1e-12));
        assertThat(full.without("modes").score(fits, 60)).isCloseTo(0.6 * 0.5 + 0.4 * 0.6, within(1e-12));
        assertThat(full.withoutLexical().score(fits, 60)).isCloseTo(0.4 * 0.8, within(1e-12));
        // no common mode blocks: fit = (0 + .09) / .30 = .3, halved
        Match blocked = match(2, List.of(new FitFactor("modes", 0.0, 0.15, "", true, true),
                new FitFactor("price", 0.6, 0.15, "", true, false)));
        assertThat(full.score(blocked, 60)).isCloseTo((0.6 * 0.5 + 0.4 * 0.3) * 0.5, within(1e-12));
        assertThat(full.without("modes").score(blocked, 60)).isCloseTo(0.6 * 0.5 + 0.4 * 0.6, within(1e-12));
        assertThat(full.withoutFit().score(blocked, 60)).isCloseTo(0.6 * 0.5, within(1e-12));
        assertThat(full.rank(List.of(blocked, fits), 60, 20)).containsExactly(1L, 2L);
    }

    private static Match match(long id, List<FitFactor> factors) {
        return new Match(id, "RESULT", "t", null, "", 0, 1, null, 0, factors, List.of(), false);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
