package cn.techmarket.matching.eval;

import cn.techmarket.matching.FitFactor;
import cn.techmarket.matching.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report is written from saved answers and grades, and refuses answers for other needs than were graded. */
class RealReportTest {
    private static final List<String> ITEMS = List.of("R0001", "R0002", "R0003", "R0004");

    @Test
    void saved_answers_read_back_equal_and_give_the_report_with_every_section(@TempDir Path dir) {
        RealRankings run = run(Map.of("N001", "DEV", "N002", "DEV", "N003", "TEST", "N004", "TEST"));
        run.save(dir.resolve("rankings.json"));
        RealRankings read = RealRankings.read(dir.resolve("rankings.json"));
        assertThat(read).isEqualTo(run);

        String report = RealReport.build(read, grades(run.splits()));
        assertThat(report).contains("Needs graded: 4 of the 4 selected (development 2, held-out test 2)", "Cohen's κ",
                "## Held-out test split", "| FULL − modes |", "**(chosen)**", "## Goal");
        // FULL ranks the grade-3 item first for every need, BM25 last: a perfect FULL
        assertThat(report).containsPattern("\\| FULL \\| 1\\.0000 \\|");
    }

    @Test
    void answers_for_needs_other_than_the_graded_ones_are_refused() {
        RealRankings run = run(Map.of("N001", "DEV", "N002", "TEST", "N003", "TEST", "N004", "TEST"));
        assertThatThrownBy(() -> RealReport.build(run, grades(Map.of("N001", "DEV", "N002", "DEV", "N003", "TEST",
                "N004", "TEST")))).hasMessageContaining("splits");
    }

    private static RealRankings run(Map<String, String> splits) {
        Map<String, String> ordered = new LinkedHashMap<>(new java.util.TreeMap<>(splits));
        Map<String, Map<String, List<String>>> ranked = new LinkedHashMap<>();
        Map<String, List<Match>> candidates = new LinkedHashMap<>();
        for (String need : ordered.keySet()) {
            Map<String, List<String>> byMethod = new LinkedHashMap<>();
            for (EvaluatedMethod m : EvaluatedMethod.values()) {
                byMethod.put(m.name(), m == EvaluatedMethod.BM25 ? ITEMS.reversed() : ITEMS);
            }
            ranked.put(need, byMethod);
            candidates.put(need, List.of(match(1, 1, 2, false), match(2, 2, 1, false), match(3, 3, null, true),
                    match(4, null, 3, false)));
        }
        return new RealRankings("abc1234", "2026-12-03T04:00Z", "1.0", "1.1", 2, 60, 0.6, 0.4, 0.5, 4, 1, 10, 20,
                ordered, ranked, candidates);
    }

    /** R0001 graded 3 by both, R0002 2 and 1, R0003 1 and 0, R0004 0 by both: the items' order is the ideal one. */
    private static RealGrades grades(Map<String, String> splits) {
        Map<String, List<String>> pools = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> a = new LinkedHashMap<>(), b = new LinkedHashMap<>();
        for (String need : new java.util.TreeSet<>(splits.keySet())) {
            pools.put(need, ITEMS);
            a.put(need, Map.of("R0001", 3, "R0002", 2, "R0003", 1, "R0004", 0));
            b.put(need, Map.of("R0001", 3, "R0002", 1, "R0003", 0, "R0004", 0));
        }
        return new RealGrades(pools, new LinkedHashMap<>(new java.util.TreeMap<>(splits)), a, b);
    }

    private static Match match(long id, Integer lexical, Integer semantic, boolean blocked) {
        List<FitFactor> factors = List.of(new FitFactor("modes", blocked ? 0 : 1, 0.15, "", true, blocked),
                new FitFactor("price", 0.6, 0.15, "", true, false), new FitFactor("region", 1, 0, "", true, false));
        return new Match(id, "RESULT", "t" + id, null, "", 0.5, lexical, semantic, 0.8, factors, List.of("词"), blocked);
    }
}
