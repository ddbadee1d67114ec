package cn.techmarket.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** Generic words that say nothing about what is asked or offered (matching/stopwords.txt says where they come from). */
final class StopWords {
    static final Set<String> ALL = load();

    private StopWords() {
    }

    static boolean contains(String word) {
        return ALL.contains(word);
    }

    private static Set<String> load() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                StopWords.class.getClassLoader().getResourceAsStream("matching/stopwords.txt"), StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
