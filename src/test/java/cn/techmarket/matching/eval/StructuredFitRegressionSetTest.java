package cn.techmarket.matching.eval;

import cn.techmarket.demo.Vocabulary;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed structured-fit regression set keeps its size and is labelled exactly by its rule. */
class StructuredFitRegressionSetTest {
    private static final StructuredFitRegressionSet SET = StructuredFitRegressionSet.load();

    @Test
    void it_holds_at_least_100_needs_and_2000_results_of_known_subjects() {
        assertThat(SET.needs()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(SET.results()).hasSizeGreaterThanOrEqualTo(2000);
        Vocabulary vocabulary = Vocabulary.load();
        SET.needs().forEach(n -> assertThat(vocabulary.subject(n.subject())).as(n.key()).isNotNull());
        SET.results().forEach(r -> assertThat(vocabulary.subject(r.subject())).as(r.key()).isNotNull());
    }

    @Test
    void every_label_and_every_missing_label_follows_the_relevance_rule() {
        Map<String, RegressionListing> results = SET.results().stream()
                .collect(Collectors.toMap(RegressionListing::key, r -> r));
        for (RegressionListing need : SET.needs()) {
            Map<String, Integer> expected = new HashMap<>();
            for (RegressionListing result : results.values()) {
                int grade = RelevanceRule.grade(need, result);
                if (grade > 0) {
                    expected.put(result.key(), grade);
                }
            }
            assertThat(SET.labelsOf(need.key())).as(need.key()).isEqualTo(expected);
        }
    }

    @Test
    void every_need_has_a_relevant_result_and_same_subject_text_alone_does_not_make_one_fully_relevant() {
        for (RegressionListing need : SET.needs()) {
            assertThat(SET.labelsOf(need.key()).values()).as(need.key()).isNotEmpty();
        }
        long sameSubjectPairs = SET.needs().stream().mapToLong(n -> SET.results().stream()
                .filter(r -> r.subject().equals(n.subject())).count()).sum();
        long fullyRelevant = SET.labels().values().stream().flatMap(m -> m.values().stream()).filter(g -> g == 2).count();
        assertThat(fullyRelevant).isPositive().isLessThan(sameSubjectPairs / 2);
    }
}
