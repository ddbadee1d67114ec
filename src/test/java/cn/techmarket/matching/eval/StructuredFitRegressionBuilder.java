package cn.techmarket.matching.eval;

import cn.techmarket.demo.DemoListing;
import cn.techmarket.demo.ListingCatalogue;
import cn.techmarket.demo.Vocabulary;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Wrote the structured-fit regression set once, from the demo catalogue's generator with a fixed seed, into
 * src/test/resources/eval/structured-fit-regression. The files are committed, so the set stays the same when the
 * generator changes; {@code StructuredFitRegressionSetTest} checks that the labels still follow {@link RelevanceRule}.
 * Run: {@code java -cp target/test-classes:target/classes:$(deps) cn.techmarket.matching.eval.StructuredFitRegressionBuilder}.
 */
public final class StructuredFitRegressionBuilder {
    static final long SEED = 20_261_130L;
    static final int NEEDS = 120;
    static final int RESULTS = 2_400;

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/" + StructuredFitRegressionSet.FOLDER);
        Files.createDirectories(folder);
        ListingCatalogue catalogue = new ListingCatalogue(Vocabulary.load(), SEED, LocalDate.of(2026, 11, 30));
        List<RegressionListing> needs = keyed("N%03d", catalogue.needs(NEEDS));
        List<RegressionListing> results = keyed("R%04d", catalogue.results(RESULTS));
        write(folder.resolve("needs.jsonl"), needs);
        write(folder.resolve("results.jsonl"), results);
        try (Writer out = Files.newBufferedWriter(folder.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
            out.write("# need\tresult\tgrade (2 same subject and workable, 1 same subject with one condition unmet; "
                    + "unlisted = 0). Rule: RelevanceRule, docs/matching-evaluation.md\n");
            for (RegressionListing need : needs) {
                for (RegressionListing result : results) {
                    int grade = RelevanceRule.grade(need, result);
                    if (grade > 0) {
                        out.write(need.key() + "\t" + result.key() + "\t" + grade + "\n");
                    }
                }
            }
        }
    }

    private static List<RegressionListing> keyed(String format, List<DemoListing> listings) {
        List<RegressionListing> keyed = new ArrayList<>();
        for (int i = 0; i < listings.size(); i++) {
            keyed.add(RegressionListing.of(String.format(format, i + 1), listings.get(i)));
        }
        return keyed;
    }

    private static void write(Path file, List<RegressionListing> listings) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (RegressionListing listing : listings) {
                out.write(StructuredFitRegressionSet.JSON.writeValueAsString(listing));
                out.write('\n');
            }
        }
    }
}
