package cn.techmarket.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Cuts texts into words by the same smartcn analyzer the index uses, all texts of a match list in one request, so
 * that matching can explain a match by the whole words both sides share. Elasticsearch's highlighter would re-analyse
 * each of the 50 candidates, which cost many times the query itself (docs/benchmarks.md), and it marks filler words
 * the more_like_this query happened to pick (了, 等, 差).
 */
@ApplicationScoped
public class SharedWords {
    static final int MAX = 12;
    @Inject
    ElasticsearchClient client;

    /** A word as smartcn cut it, with its place in its text. */
    public record Token(String text, int start, int end) {
    }

    /**
     * Elasticsearch refuses an _analyze call that yields more than 10,000 tokens (index.analyze.max_token_count); a
     * smartcn token covers at least one character, so a call of at most this many characters stays under it. A match
     * list of 50 real listings (2,000-character summaries) exceeds it, which the benchmark on real texts found.
     */
    static final int MAX_CHARS_PER_CALL = 9_000;

    /**
     * Each text cut into words by the index's analyzer, in as few requests as the token limit allows. A text longer
     * than one request may carry is cut to its beginning (offsets stay those of the original text).
     */
    public List<List<Token>> tokens(List<String> texts) {
        List<List<Token>> result = new java.util.ArrayList<>();
        List<String> batch = new java.util.ArrayList<>();
        int chars = 0;
        for (String text : texts) {
            String clean = text == null ? "" : text.length() > MAX_CHARS_PER_CALL ? text.substring(0, MAX_CHARS_PER_CALL) : text;
            if (!batch.isEmpty() && chars + clean.length() + 1 > MAX_CHARS_PER_CALL) {
                result.addAll(analyze(batch));
                batch = new java.util.ArrayList<>();
                chars = 0;
            }
            batch.add(clean);
            chars += clean.length() + 1;
        }
        if (!batch.isEmpty()) {
            result.addAll(analyze(batch));
        }
        return result;
    }

    private List<List<Token>> analyze(List<String> clean) {
        List<List<Token>> result = new java.util.ArrayList<>();
        List<AnalyzeToken> all = SearchCalls.translated(
                () -> client.indices().analyze(a -> a.analyzer("smartcn").text(clean))).tokens();
        // offsets run on across the texts, with one between them
        int index = 0, base = 0;
        result.add(new java.util.ArrayList<>());
        for (AnalyzeToken token : all) {
            while (index < clean.size() - 1 && token.startOffset() >= base + clean.get(index).length() + 1) {
                base += clean.get(index).length() + 1;
                index++;
                result.add(new java.util.ArrayList<>());
            }
            result.get(index).add(new Token(token.token(), (int) token.startOffset() - base, (int) token.endOffset() - base));
        }
        while (result.size() < clean.size()) {
            result.add(new java.util.ArrayList<>());
        }
        return result;
    }
}
