package cn.techmarket.matching.eval;

import cn.techmarket.matching.FitFactor;
import cn.techmarket.matching.Match;
import cn.techmarket.matching.eval.Bootstrap.Interval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The real evaluation's report from the stack's answers ({@link RealRankings}) and the two graders' grades
 * ({@link RealGrades}): nDCG@10 and recall@20 of every method and control on both splits, paired bootstrap intervals
 * against BM25 on the held-out split, FULL's ablations, the development-split tuning, Cohen's κ, and how many
 * returned items were never graded.
 */
final class RealReport {
    static final int NDCG_AT = 10;
    static final int RECALL_AT = 20;
    /** Relevant for recall: the two grades sum to 3 or more (2 + 1, 3 + 0 …). */
    static final double RELEVANT = 1.5;
    static final double[] FIT_WEIGHTS = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
    static final double[] BLOCKED_FACTORS = {0.5, 0.75, 1.0};
    static final List<String> FACTORS = List.of("industry", "maturity", "price", "modes", "region", "rights");
    static final String DEV = "DEV", TEST = "TEST";

    /** Per-need figures of one row of the report, by split. */
    record Scores(Map<String, List<Double>> ndcg, Map<String, List<Double>> recall, Map<String, int[]> unjudged) {
        static Scores empty() {
            return new Scores(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }

        void add(String split, List<String> ranked, Map<String, Double> grades) {
            ndcg.computeIfAbsent(split, s -> new ArrayList<>()).add(RankingMetrics.ndcg(ranked, grades, NDCG_AT));
            recall.computeIfAbsent(split, s -> new ArrayList<>()).add(RankingMetrics.recall(ranked, grades, RECALL_AT, RELEVANT));
            int[] counts = unjudged.computeIfAbsent(split, s -> new int[2]);
            counts[0] += (int) ranked.stream().limit(NDCG_AT).filter(i -> !grades.containsKey(i)).count();
            counts[1] += Math.min(NDCG_AT, ranked.size());
        }

        List<Double> ndcg(String split) {
            return ndcg.get(split);
        }
    }

    private final RealRankings run;
    private final RealGrades grades;
    private final Map<String, Scores> rows = new LinkedHashMap<>();
    private final Map<String, Scores> variants = new LinkedHashMap<>();
    private final Map<String, int[]> factorKnown = new LinkedHashMap<>();
    private final List<FullVariant> ablations = new ArrayList<>();
    private final List<FullVariant> grid = new ArrayList<>();

    private RealReport(RealRankings run, RealGrades grades) {
        this.run = run;
        this.grades = grades;
    }

    static String build(RealRankings run, RealGrades grades) {
        if (!run.splits().equals(grades.splits())) {
            throw new IllegalStateException("the run's needs and splits are not those that were pooled (needs.tsv)");
        }
        for (String split : List.of(DEV, TEST)) {
            if (grades.gradedNeeds().stream().noneMatch(n -> split.equals(grades.splits().get(n)))) {
                throw new IllegalStateException("no need of the " + split + " split is graded by both graders yet");
            }
        }
        RealReport report = new RealReport(run, grades);
        report.score();
        return report.write();
    }

    private void score() {
        FullVariant full = new FullVariant("FULL", run.textWeight(), run.fitWeight(), run.blockedFactor(), true, true, Set.of());
        ablations.addAll(List.of(full.named("FULL, re-scored"), full.withoutLexical(), full.withoutSemantic(), full.withoutFit()));
        FACTORS.forEach(f -> ablations.add(full.without(f)));
        for (double fit : FIT_WEIGHTS) {
            for (double blocked : BLOCKED_FACTORS) {
                grid.add(full.blend(fit, blocked));
            }
        }
        for (String need : grades.gradedNeeds()) {
            String split = grades.splits().get(need);
            Map<String, Double> graded = grades.finalGrades(need);
            run.ranked().get(need).forEach((method, items) ->
                    rows.computeIfAbsent(method, m -> Scores.empty()).add(split, items, graded));
            List<Match> candidates = run.fullCandidates().get(need);
            for (FullVariant v : concat(ablations, grid)) {
                List<String> ranked = v.rank(candidates, run.rrfK(), RECALL_AT).stream().map(RealRankings::item).toList();
                variants.computeIfAbsent(v.name(), n -> Scores.empty()).add(split, ranked, graded);
            }
            for (Match m : candidates) {
                for (FitFactor f : m.factors()) {
                    int[] counts = factorKnown.computeIfAbsent(f.name(), n -> new int[2]);
                    counts[0] += f.known() && f.weight() > 0 ? 1 : 0;
                    counts[1]++;
                }
            }
        }
    }

    private String write() {
        StringBuilder out = new StringBuilder("# Matching evaluation: real set\n\n");
        List<String> graded = grades.gradedNeeds();
        long dev = graded.stream().filter(n -> DEV.equals(grades.splits().get(n))).count();
        List<int[]> pairs = grades.pairs();
        out.append(String.format("Run of %s UTC on commit %s, %d cores; load average %s before the run, %s after it. "
                        + "Loading the listings took %.1f s; the workers embedded and indexed them in %.1f s.%n%n",
                run.startedAt(), run.commit(), run.cores(), load(run.loadBefore()), load(run.loadAfter()), run.loadMillis() / 1000.0,
                run.embedMillis() / 1000.0));
        out.append(String.format("- Needs graded: %d of the %d selected (development %d, held-out test %d). Candidates: %,d (%,d "
                        + "results, %,d paper abstracts). Graded pairs: %,d (%.1f a need).%n", graded.size(), run.splits().size(),
                dev, graded.size() - dev,
                run.candidates(), run.candidates() - run.papers(), run.papers(), pairs.size(), (double) pairs.size() / graded.size()));
        out.append(String.format("- Agreement of the two graders: Cohen's κ %.3f unweighted, %.3f quadratic-weighted; identical "
                        + "grades on %.1f %% of pairs.%n", Agreement.kappa(pairs, RealGrades.MAX_GRADE),
                Agreement.quadraticKappa(pairs, RealGrades.MAX_GRADE),
                100.0 * pairs.stream().filter(p -> p[0] == p[1]).count() / pairs.size()));
        out.append("- Grades (A / B): ").append(distribution(pairs, 0)).append(" / ").append(distribution(pairs, 1)).append('\n');
        long relevant = graded.stream().mapToLong(n -> grades.finalGrades(n).values().stream().filter(g -> g >= RELEVANT).count()).sum();
        long none = graded.stream().filter(n -> grades.finalGrades(n).values().stream().noneMatch(g -> g >= RELEVANT)).count();
        out.append(String.format("- Relevant pairs (mean grade ≥ %.1f): %,d (%.1f a need); needs without any: %d.%n%n", RELEVANT,
                relevant, (double) relevant / graded.size(), none));

        out.append("## Held-out test split\n\n");
        table(out, TEST, true);
        out.append("\n## Development split\n\n");
        table(out, DEV, false);
        ablationTable(out);
        tuning(out);
        goal(out);
        out.append(String.format("%nnDCG@10 uses the gain 2^g − 1 of the mean grade g, against the ideal order of the need's "
                + "graded pool; recall@20 counts items of mean grade ≥ %.1f; an item a method returns that is not in the pool "
                + "counts as 0 (\"unjudged\"). Intervals: paired bootstrap over needs, %,d resamples, seed %d, 2.5–97.5 "
                + "percentiles.%n", RELEVANT, Bootstrap.RESAMPLES, Bootstrap.SEED));
        return out.toString();
    }

    private void table(StringBuilder out, String split, boolean withIntervals) {
        List<Double> bm25 = rows.get(EvaluatedMethod.BM25.name()).ndcg(split);
        out.append("| method | nDCG@10 | vs BM25 | Δ vs BM25 | recall@20 | unjudged in top 10 |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        rows.forEach((name, s) -> {
            List<Double> ndcg = s.ndcg(split);
            Interval d = Bootstrap.difference(ndcg, bm25);
            Interval r = Bootstrap.relative(ndcg, bm25);
            int[] u = s.unjudged().get(split);
            out.append(String.format("| %s | %.4f | %s | %s | %.4f | %d of %d (%.1f %%) |%n", name, mean(ndcg),
                    withIntervals ? String.format("%+.1f %% [%+.1f, %+.1f]", 100 * r.estimate(), 100 * r.low(), 100 * r.high())
                            : String.format("%+.1f %%", 100 * r.estimate()),
                    withIntervals ? String.format("%+.4f [%+.4f, %+.4f]", d.estimate(), d.low(), d.high())
                            : String.format("%+.4f", d.estimate()),
                    mean(s.recall().get(split)), u[0], u[1], 100.0 * u[0] / u[1]));
        });
        if (withIntervals) {
            out.append("\nIn brackets: 95 % paired bootstrap interval.\n");
        }
    }

    private void ablationTable(StringBuilder out) {
        out.append("\n## Ablations of FULL (held-out test)\n\nFULL re-scored from its own candidates with one part removed; "
                + "\"FULL, re-scored\" is the unchanged formula (equal to FULL up to near-duplicate collapsing).\n\n");
        out.append("| variant | nDCG@10 | Δ vs FULL, re-scored [95 % CI] | recall@20 | dev nDCG@10 |\n| --- | ---: | ---: | ---: | ---: |\n");
        List<Double> base = variants.get(ablations.get(0).name()).ndcg(TEST);
        for (FullVariant v : ablations) {
            Scores s = variants.get(v.name());
            Interval d = Bootstrap.difference(s.ndcg(TEST), base);
            out.append(String.format("| %s | %.4f | %+.4f [%+.4f, %+.4f] | %.4f | %.4f |%n", v.name(), mean(s.ndcg(TEST)),
                    d.estimate(), d.low(), d.high(), mean(s.recall().get(TEST)), mean(s.ndcg(DEV))));
        }
        out.append("\nShare of FULL's candidate pairs on which each fit factor is known and weighs something: ");
        out.append(factorKnown.entrySet().stream().map(e -> String.format("%s %.1f %%", e.getKey(),
                100.0 * e.getValue()[0] / e.getValue()[1])).collect(Collectors.joining(", "))).append(".\n");
    }

    private void tuning(StringBuilder out) {
        FullVariant tuned = grid.stream().max(Comparator.comparingDouble((FullVariant v) -> mean(variants.get(v.name()).ndcg(DEV))))
                .orElseThrow();
        out.append("\n## Tuning on the development split\n\nGrid: fit weight ").append(Arrays.toString(FIT_WEIGHTS))
                .append(" (text weight = 1 − fit weight) × blocked factor ").append(Arrays.toString(BLOCKED_FACTORS))
                .append(", chosen by mean nDCG@10 on the development split only (first best in grid order), then run once "
                        + "on the held-out split.\n\n");
        out.append("| variant | dev nDCG@10 | test nDCG@10 | test recall@20 |\n| --- | ---: | ---: | ---: |\n");
        for (FullVariant v : grid) {
            Scores s = variants.get(v.name());
            out.append(String.format("| %s%s | %.4f | %.4f | %.4f |%n", v.name(), v == tuned ? " **(chosen)**" : "",
                    mean(s.ndcg(DEV)), mean(s.ndcg(TEST)), mean(s.recall().get(TEST))));
        }
        List<Double> chosen = variants.get(tuned.name()).ndcg(TEST), bm25 = rows.get(EvaluatedMethod.BM25.name()).ndcg(TEST);
        Interval rel = Bootstrap.relative(chosen, bm25), diff = Bootstrap.difference(chosen, bm25);
        out.append(String.format("%nTuned FULL on the held-out split: nDCG@10 %.4f, vs BM25 %+.1f %% [%+.1f %%, %+.1f %%], "
                        + "difference %+.4f [%+.4f, %+.4f].%n", mean(chosen), 100 * rel.estimate(), 100 * rel.low(),
                100 * rel.high(), diff.estimate(), diff.low(), diff.high()));
    }

    private void goal(StringBuilder out) {
        List<Double> full = rows.get(EvaluatedMethod.FULL.name()).ndcg(TEST), bm25 = rows.get(EvaluatedMethod.BM25.name()).ndcg(TEST);
        Interval rel = Bootstrap.relative(full, bm25), diff = Bootstrap.difference(full, bm25);
        boolean met = rel.estimate() >= 0.15 && diff.low() > 0;
        out.append(String.format("%n## Goal%n%nFULL (as shipped) beats plain BM25 on the held-out split by ≥ 15 %% nDCG@10 with a "
                        + "confidence interval excluding zero: **%s** (%+.1f %% [%+.1f %%, %+.1f %%]; difference %+.4f [%+.4f, %+.4f]).%n",
                met ? "met" : "not met", 100 * rel.estimate(), 100 * rel.low(), 100 * rel.high(), diff.estimate(), diff.low(),
                diff.high()));
    }

    /** The 1-, 5- and 15-minute load averages of a /proc/loadavg line. */
    private static String load(String loadavg) {
        return String.join(" ", java.util.Arrays.asList(loadavg.split(" ")).subList(0, Math.min(3, loadavg.split(" ").length)));
    }

    private static String distribution(List<int[]> pairs, int grader) {
        Map<Integer, Long> counts = pairs.stream().collect(Collectors.groupingBy(p -> p[grader], TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    static double mean(List<Double> values) {
        return values == null ? Double.NaN : values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
