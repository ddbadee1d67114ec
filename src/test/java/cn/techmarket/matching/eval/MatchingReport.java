package cn.techmarket.matching.eval;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real evaluation's report again from the answers the last {@code tm eval} saved and the committed grades, in
 * seconds and without the stack: for grades that arrive (or change) after the run. The report names the commit that
 * was measured, which is the run's, not this one's.
 * Run: {@code mvn test -Dgroups=eval -Dtest=MatchingReport} (after {@code tm eval}), or with
 * {@code -Deval.rankings=src/test/resources/eval/real/runs/rankings-<commit>.json.gz} for a committed run.
 */
@Tag("eval")
class MatchingReport {

    @Test
    void report_from_the_saved_rankings_and_the_grades() throws IOException {
        Path saved = Path.of(System.getProperty("eval.rankings", RealRankings.FILE.toString()));
        String report = RealReport.build(RealRankings.read(saved), RealGrades.load());
        Files.createDirectories(MatchingEvaluation.REPORT.getParent());
        Files.writeString(MatchingEvaluation.REPORT, report);
        System.out.println(report);
        assertThat(report).contains("## Held-out test split", "Cohen's κ");
    }

    /** The commit measured, and whether the sources differed from it. */
    static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String head = new String(git.getInputStream().readAllBytes()).strip();
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no", "src")
                    .redirectErrorStream(true).start();
            boolean dirty = !new String(status.getInputStream().readAllBytes()).isBlank();
            return head + (dirty ? " (with uncommitted changes)" : "");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
