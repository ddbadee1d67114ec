package cn.techmarket.matching.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed pools and the two independent grade sets of the real evaluation (src/test/resources/eval/real:
 * pools.tsv, needs.tsv, grades-A.tsv, grades-B.tsv; docs/matching-grading-guideline.md). A pooled pair must carry a
 * grade from both graders, or loading fails and names the pair; the final grade is the mean of the two.
 */
record RealGrades(Map<String, List<String>> pools, Map<String, String> splits, Map<String, Map<String, Integer>> a,
                  Map<String, Map<String, Integer>> b) {
    static final int MAX_GRADE = 3;

    static RealGrades load() {
        Map<String, List<String>> pools = new LinkedHashMap<>();
        for (String[] f : rows("pools.tsv")) {
            pools.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
        }
        Map<String, String> splits = new LinkedHashMap<>();
        rows("needs.tsv").forEach(f -> splits.put(f[0], f[1]));
        RealGrades grades = new RealGrades(pools, splits, grades("grades-A.tsv"), grades("grades-B.tsv"));
        grades.check();
        return grades;
    }

    /** Needs graded by both graders, in id order (a need neither graded is left out; half-graded fails in check). */
    List<String> gradedNeeds() {
        return pools.keySet().stream().filter(n -> a.containsKey(n) && b.containsKey(n)).toList();
    }

    /** The mean of both grades for every pooled item of the need. */
    Map<String, Double> finalGrades(String need) {
        Map<String, Double> grades = new LinkedHashMap<>();
        pools.get(need).forEach(item -> grades.put(item, (a.get(need).get(item) + b.get(need).get(item)) / 2.0));
        return grades;
    }

    /** (grade A, grade B) of every graded pair, for κ. */
    List<int[]> pairs() {
        List<int[]> pairs = new ArrayList<>();
        gradedNeeds().forEach(n -> pools.get(n).forEach(item -> pairs.add(new int[] {a.get(n).get(item), b.get(n).get(item)})));
        return pairs;
    }

    private void check() {
        for (String need : pools.keySet()) {
            boolean inA = a.containsKey(need), inB = b.containsKey(need);
            if (inA != inB) {
                throw new IllegalStateException(need + " is graded by grader " + (inA ? "A" : "B") + " only");
            }
            for (String item : inA ? pools.get(need) : List.<String>of()) {
                for (Map<String, Map<String, Integer>> set : List.of(a, b)) {
                    Integer grade = set.get(need).get(item);
                    if (grade == null) {
                        throw new IllegalStateException("no grade from grader " + (set == a ? "A" : "B") + " for the pooled pair "
                                + need + " " + item);
                    }
                }
            }
        }
        for (Map<String, Map<String, Integer>> set : List.of(a, b)) {
            set.forEach((need, items) -> items.keySet().forEach(item -> {
                if (!pools.containsKey(need) || !pools.get(need).contains(item)) {
                    throw new IllegalStateException("grade for " + need + " " + item + ", which is not in the pool");
                }
            }));
        }
        if (gradedNeeds().isEmpty()) {
            throw new IllegalStateException("no need is graded: copy /work/grading/grades-{A,B}/packet-*.tsv into "
                    + RealListings.FOLDER + "grades-{A,B}.tsv");
        }
    }

    /** need, tab, item, tab, grade 0–3. */
    private static Map<String, Map<String, Integer>> grades(String file) {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (String[] f : rows(file)) {
            int grade = Integer.parseInt(f[2].strip());
            if (grade < 0 || grade > MAX_GRADE) {
                throw new IllegalStateException(file + ": grade " + grade + " for " + f[0] + " " + f[1]);
            }
            if (grades.computeIfAbsent(f[0].strip(), k -> new LinkedHashMap<>()).put(f[1].strip(), grade) != null) {
                throw new IllegalStateException(file + ": " + f[0] + " " + f[1] + " graded twice");
            }
        }
        return grades;
    }

    private static List<String[]> rows(String file) {
        InputStream in = RealGrades.class.getClassLoader().getResourceAsStream(RealListings.FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("missing " + RealListings.FOLDER + file + " (the grades are collected in "
                    + "/work/grading/grades-A and grades-B; see docs/matching-evaluation.md)");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }
}
