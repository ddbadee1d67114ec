package cn.techmarket.bench;

import cn.techmarket.listing.ListingKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The real public listings committed under {@code eval/real} (see its SOURCES.md): 1,915 needs, 2,946 results and
 * 2,000 paper abstracts (taken as results: they describe what was achieved). The benchmark's corpus starts with them
 * and its generator draws lengths and words from them.
 */
record RealTexts(List<Text> needs, List<Text> results) {
    /** A title and its text (the need's or result's description, or the abstract). */
    record Text(ListingKind kind, String title, String body) {
    }

    static RealTexts load() throws IOException {
        List<Text> needs = json("zhibei-needs.json.gz", ListingKind.NEED);
        List<Text> results = json("zhibei-results.json.gz", ListingKind.RESULT);
        results.addAll(abstracts());
        return new RealTexts(needs, results);
    }

    List<Text> all() {
        List<Text> all = new ArrayList<>(needs);
        all.addAll(results);
        return all;
    }

    List<Text> of(ListingKind kind) {
        return kind == ListingKind.NEED ? needs : results;
    }

    private static List<Text> json(String file, ListingKind kind) throws IOException {
        List<Text> texts = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(resource(file))) {
            for (JsonNode n : new ObjectMapper().readTree(in)) {
                String title = n.path("name").asText("").strip();
                String body = n.path("context").asText("").strip();
                if (!title.isEmpty() && !body.isEmpty()) {
                    texts.add(new Text(kind, title, body));
                }
            }
        }
        return texts;
    }

    private static List<Text> abstracts() throws IOException {
        List<Text> texts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                resource("csl-ts-abstracts.tsv.gz")), StandardCharsets.UTF_8))) {
            in.readLine(); // split, title, abstract
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] p = line.split("\t");
                if (p.length == 3) {
                    texts.add(new Text(ListingKind.RESULT, p[1].strip(), p[2].strip()));
                }
            }
        }
        return texts;
    }

    private static InputStream resource(String file) {
        InputStream in = RealTexts.class.getResourceAsStream("/eval/real/" + file);
        if (in == null) {
            throw new IllegalStateException("eval/real/" + file + " is missing from the test resources");
        }
        return in;
    }
}
