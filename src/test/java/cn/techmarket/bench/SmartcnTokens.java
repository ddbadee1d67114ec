package cn.techmarket.bench;

import cn.techmarket.search.SharedWords;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits texts into words as the index does ({@link SharedWords}: Elasticsearch's smartcn analyzer), keeping each
 * word's original spelling and, as words of their own, the characters the analyzer leaves out between them
 * (punctuation), so that words can be joined into readable text again.
 */
final class SmartcnTokens {
    private SmartcnTokens() {
    }

    static List<List<String>> of(SharedWords words, List<String> texts) {
        List<List<SharedWords.Token>> tokens = words.tokens(texts);
        List<List<String>> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            List<String> split = new ArrayList<>();
            int end = 0;
            for (SharedWords.Token t : tokens.get(i)) {
                gap(text.substring(end, t.start()), split);
                split.add(text.substring(t.start(), t.end()));
                end = t.end();
            }
            gap(text.substring(Math.min(end, text.length())), split);
            out.add(split);
        }
        return out;
    }

    private static void gap(String between, List<String> split) {
        if (!between.isBlank()) {
            split.add(between.strip());
        }
    }
}
