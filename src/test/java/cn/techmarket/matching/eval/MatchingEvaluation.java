package cn.techmarket.matching.eval;

import cn.techmarket.demo.CatalogueLoader;
import cn.techmarket.matching.Match;
import cn.techmarket.matching.MatchingConfig;
import cn.techmarket.matching.eval.RealSelection.SelectedNeed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching evaluation ({@code deploy/local/tm eval}) on the real set: real public needs and results, pooled from
 * every method and graded twice by independent graders who did not know the methods (docs/matching-evaluation.md). Loads the
 * selected needs and every candidate into the real stack, ranks with the four methods and the two controls (plain
 * BM25, fit only), keeps every candidate FULL scored for the ablations and the tuning, saves these answers
 * ({@link RealRankings}) and writes the report from them and the grades ({@link RealReport}) to
 * target/eval/matching-report.md.
 */
@QuarkusTest
@TestProfile(RealSetProfile.class)
@Tag("eval")
class MatchingEvaluation {
    /** Enough for FULL to return every candidate it scored (at most twice the retrieval pool), for re-scoring. */
    static final int ALL_CANDIDATES = 1000;
    static final Path REPORT = Path.of("target/eval/matching-report.md");
    @Inject
    CatalogueLoader loader;
    @Inject
    Rankings rankings;
    @Inject
    MatchingConfig config;

    @Test
    void report_the_real_set_with_controls_ablations_agreement_and_intervals() throws Exception {
        String started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
        String loadBefore = loadAverage();
        RealCorpus corpus = RealCorpus.load(loader);
        Map<String, Map<String, List<String>>> ranked = new LinkedHashMap<>();
        Map<String, List<Match>> fullCandidates = new LinkedHashMap<>();
        for (SelectedNeed need : corpus.needs()) {
            long id = corpus.idOf(need.id());
            Map<String, List<String>> byMethod = new LinkedHashMap<>();
            for (EvaluatedMethod method : EvaluatedMethod.values()) {
                List<String> items = rankings.rank(id, method, RealReport.RECALL_AT).stream().map(corpus::itemOf).toList();
                assertThat(items).as(need.id() + " " + method).isNotEmpty();
                byMethod.put(method.name(), items);
            }
            ranked.put(need.id(), byMethod);
            fullCandidates.put(need.id(), rankings.matches(id, EvaluatedMethod.FULL, ALL_CANDIDATES).stream()
                    .map(m -> byItemNumber(m, corpus.itemOf(m.id()))).toList());
        }
        long papers = corpus.items().values().stream().filter(i -> i.key().startsWith("csl")).count();
        Map<String, String> splits = corpus.needs().stream().collect(Collectors.toMap(SelectedNeed::id,
                n -> n.split().name(), (a, b) -> a, LinkedHashMap::new));
        RealRankings run = new RealRankings(MatchingReport.commit(), started, loadBefore, loadAverage(),
                Runtime.getRuntime().availableProcessors(), config.rrfK(), config.textWeight(), config.fitWeight(),
                config.blockedFactor(), corpus.items().size(), (int) papers, corpus.loadMillis(), corpus.embedMillis(),
                splits, ranked, fullCandidates);
        run.save(RealRankings.FILE);
        System.out.println("rankings saved to " + RealRankings.FILE + "; now the grades");
        String report = RealReport.build(run, RealGrades.load());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
    }

    /** The match with the item's number as its id (R0421 → 421), so that saved answers need no database ids. */
    private static Match byItemNumber(Match m, String item) {
        return new Match(RealRankings.number(item), m.kind(), m.title(), m.owner(), m.price(), m.score(), m.lexicalRank(),
                m.semanticRank(), m.fit(), m.factors(), m.matchedTerms(), m.blocked());
    }

    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
