package cn.techmarket.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts texts into words by the same smartcn analyzer the index uses, the texts of a match list in few requests, so
 * that matching can explain a match by the whole words both sides share. Elasticsearch's highlighter would re-analyse
 * each of the 50 candidates, which cost many times the query itself (docs/benchmarks.md), and it marks filler words
 * the more_like_this query happened to pick (了, 等, 差).
 */
@ApplicationScoped
public class SharedWords {
    static final int MAX = 12;
    static final int MAX_CHARACTERS = 9_000;
    @Inject
    ElasticsearchClient client;

    /** A word as smartcn cut it, with its place in its text. */
    public record Token(String text, int start, int end) {
    }

    /**
     * Each text cut into words by the index's analyzer, in as few requests as the analyzer allows: Elasticsearch
     * refuses to make more than 10,000 tokens in one request (index.analyze.max_token_count), which 100 real
     * abstracts of a few hundred characters exceed; smartcn never makes more tokens than characters, so requests
     * of at most {@value #MAX_CHARACTERS} characters stay under it.
     */
    public List<List<Token>> tokens(List<String> texts) {
        List<List<Token>> result = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        int characters = 0;
        for (String text : texts) {
            String clean = text == null ? "" : text;
            if (!batch.isEmpty() && characters + clean.length() + 1 > MAX_CHARACTERS) {
                result.addAll(analyze(batch));
                batch.clear();
                characters = 0;
            }
            batch.add(clean);
            characters += clean.length() + 1;
        }
        if (!batch.isEmpty()) {
            result.addAll(analyze(batch));
        }
        return result;
    }

    private List<List<Token>> analyze(List<String> clean) {
        List<List<Token>> result = new ArrayList<>();
        List<AnalyzeToken> all = SearchCalls.translated(
                () -> client.indices().analyze(a -> a.analyzer("smartcn").text(clean))).tokens();
        // offsets run on across the texts, with one between them
        int index = 0, base = 0;
        result.add(new ArrayList<>());
        for (AnalyzeToken token : all) {
            while (index < clean.size() - 1 && token.startOffset() >= base + clean.get(index).length() + 1) {
                base += clean.get(index).length() + 1;
                index++;
                result.add(new ArrayList<>());
            }
            result.get(index).add(new Token(token.token(), (int) token.startOffset() - base, (int) token.endOffset() - base));
        }
        while (result.size() < clean.size()) {
            result.add(new ArrayList<>());
        }
        return result;
    }
}
