package cn.techmarket.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a match shares with its source, for explaining it. The source is cut into words once, by the same smartcn
 * analyzer the index uses; each candidate is then checked in the application. Elasticsearch's highlighter would do
 * the same for each of the 50 candidates by re-analysing their texts, which cost many times the query itself
 * (docs/benchmarks.md), and it marks filler words the more_like_this query happened to pick (了, 等, 差).
 */
@ApplicationScoped
public class SharedWords {
    static final int MAX = 12;
    @Inject
    ElasticsearchClient client;

    /** Distinct words of two characters or more, in the order they first appear; digits alone say nothing. */
    public List<String> wordsOf(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (AnalyzeToken token : SearchCalls.translated(() -> client.indices().analyze(a -> a.analyzer("smartcn").text(text))).tokens()) {
                String word = token.token();
            if (word.codePointCount(0, word.length()) >= 2 && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    /** Those of {@code words} that occur in any of the texts, at most {@value #MAX}. */
    public static List<String> sharedWith(List<String> words, String... texts) {
        String haystack = String.join("\n", java.util.Arrays.stream(texts).map(t -> t == null ? "" : t).toList())
                .toLowerCase(java.util.Locale.ROOT);
        return words.stream().filter(haystack::contains).limit(MAX).toList();
    }
}
