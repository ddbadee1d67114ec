package cn.techmarket.matching.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

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
 * The generated structured-fit regression set kept in the repository (src/test/resources/eval/structured-fit-regression):
 * needs, results, and for each need the grade of every result that is not 0 (labels.tsv, TREC qrels style).
 */
record StructuredFitRegressionSet(List<RegressionListing> needs, List<RegressionListing> results,
                     Map<String, Map<String, Integer>> labels) {
    static final String FOLDER = "eval/structured-fit-regression/";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static StructuredFitRegressionSet load() {
        return new StructuredFitRegressionSet(listings("needs.jsonl"), listings("results.jsonl"), readLabels());
    }

    Map<String, Integer> labelsOf(String needKey) {
        return labels.getOrDefault(needKey, Map.of());
    }

    private static List<RegressionListing> listings(String file) {
        List<RegressionListing> listings = new ArrayList<>();
        for (String line : lines(file)) {
            try {
                listings.add(JSON.readValue(line, RegressionListing.class));
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + line.substring(0, Math.min(60, line.length())), e);
            }
        }
        return listings;
    }

    /** need key, tab, result key, tab, grade. */
    private static Map<String, Map<String, Integer>> readLabels() {
        Map<String, Map<String, Integer>> labels = new LinkedHashMap<>();
        for (String line : lines("labels.tsv")) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            labels.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Integer.parseInt(f[2]));
        }
        return labels;
    }

    private static List<String> lines(String file) {
        InputStream in = StructuredFitRegressionSet.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("missing " + FOLDER + file);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
