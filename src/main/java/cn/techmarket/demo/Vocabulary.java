package cn.techmarket.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed resource {@code demo/subjects.txt}: technical subjects, the demo organizations that post needs and
 * list results per level-1 industry, and the regions the plans name. See the resource's header for the format.
 */
public record Vocabulary(List<Subject> subjects, Map<String, List<String>> needOwners,
                         Map<String, List<String>> resultOwners, List<String> regions) {
    static final String RESOURCE = "demo/subjects.txt";

    public static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vocabulary parse(List<String> lines) {
        List<Subject> subjects = new ArrayList<>();
        Map<String, List<String>> needs = new LinkedHashMap<>(), results = new LinkedHashMap<>();
        List<String> regions = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@needs ") || line.startsWith("@results ")) {
                String[] kv = line.substring(line.indexOf(' ') + 1).split("=", 2);
                (line.startsWith("@needs") ? needs : results).put(kv[0], split(kv[1], ","));
            } else if (line.startsWith("@regions ")) {
                regions.addAll(split(line.substring(9), ","));
            } else {
                subjects.add(parseSubject(line));
            }
        }
        return new Vocabulary(List.copyOf(subjects), needs, results, List.copyOf(regions));
    }

    private static Subject parseSubject(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length != 8) {
            throw new IllegalStateException("a subject has 8 fields: " + line);
        }
        List<Subject.Metric> metrics = split(f[5], ";").stream().map(m -> {
            String[] p = m.split(",", -1);
            return new Subject.Metric(p[0], p[1], new BigDecimal(p[2]), new BigDecimal(p[3]));
        }).toList();
        return new Subject(f[0].strip(), f[1].strip(), f[2].strip(), split(f[3], ","), split(f[4], ";"), metrics,
                split(f[6], ";"), split(f[7], ";"));
    }

    private static List<String> split(String s, String separator) {
        return Arrays.stream(s.split(separator)).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    public Subject subject(String id) {
        return subjects.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no subject " + id));
    }
}
