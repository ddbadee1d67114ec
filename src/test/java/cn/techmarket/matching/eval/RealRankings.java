package cn.techmarket.matching.eval;

import cn.techmarket.matching.Match;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * What the stack answered for every selected need, in item ids: each method's top 20, and every candidate FULL
 * scored (with its word and meaning ranks and fit factors, its id the item's number: R0421 → 421) for re-scoring.
 * Saved by {@link MatchingEvaluation} next to its report, so that the figures can be recomputed from exactly these
 * answers when grades change ({@link MatchingReport}), with the run's commit, load and matching settings.
 */
record RealRankings(String commit, String startedAt, String loadBefore, String loadAfter, int cores, int rrfK,
                    double textWeight, double fitWeight, double blockedFactor, int candidates, int papers,
                    long loadMillis, long embedMillis, Map<String, String> splits,
                    Map<String, Map<String, List<String>>> ranked, Map<String, List<Match>> fullCandidates) {
    static final Path FILE = Path.of("target/eval/real/rankings.json");
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static long number(String item) {
        return Long.parseLong(item.substring(1));
    }

    static String item(long number) {
        return String.format("R%04d", number);
    }

    void save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A saved run; a file ending in .gz is read through gzip (the runs committed under eval/real/runs). */
    static RealRankings read(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: run deploy/local/tm eval first (it saves the rankings)");
        }
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            return JSON.readValue(in, RealRankings.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
