package cn.techmarket.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes new titles and texts whose lengths and words are drawn from the real ones: a first-order Markov chain over
 * the real texts' smartcn tokens (so word frequencies and the words that follow each other are the real ones), with
 * each generated text's length (in tokens) drawn from the real lengths of its kind. A generated text starts with the
 * first token of a real one (its seed), so it stays near that text's subject.
 */
final class TextGenerator {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> vocabulary = new ArrayList<>();
    private final List<int[]> tokenized = new ArrayList<>();
    private int[][] successors;

    /** Learns from these texts, each already split into tokens (original spelling, punctuation kept). */
    TextGenerator(List<List<String>> texts) {
        List<List<Integer>> next = new ArrayList<>();
        for (List<String> text : texts) {
            int[] t = new int[text.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = ids.computeIfAbsent(text.get(i), w -> {
                    vocabulary.add(w);
                    next.add(new ArrayList<>());
                    return vocabulary.size() - 1;
                });
                if (i > 0) {
                    next.get(t[i - 1]).add(t[i]);
                }
            }
            tokenized.add(t);
        }
        successors = new int[next.size()][];
        for (int i = 0; i < successors.length; i++) {
            successors[i] = next.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The tokens of the i-th learned text. */
    int[] tokens(int text) {
        return tokenized.get(text);
    }

    /** Distinct terms of the real texts themselves. */
    long realTerms() {
        BitSet all = new BitSet();
        all.set(0, vocabulary.size());
        return terms(all);
    }

    /** Distinct terms among these tokens as the index sees them: lower case, punctuation left out. */
    long terms(BitSet used) {
        return used.stream().mapToObj(vocabulary::get).filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .map(String::toLowerCase).distinct().count();
    }

    /**
     * A new text that starts like learned text {@code seed} and is as long as learned text {@code lengthOf}; its
     * tokens are marked in {@code used}.
     */
    String generate(int seed, int lengthOf, Random random, BitSet used) {
        int[] start = tokenized.get(seed);
        int length = Math.max(1, tokenized.get(lengthOf).length);
        int[] out = new int[length];
        out[0] = start.length > 0 ? start[0] : 0;
        for (int i = 1; i < length; i++) {
            int[] s = successors[out[i - 1]];
            // a token that ends every text it appears in: start again from a random learned text
            out[i] = s.length > 0 ? s[random.nextInt(s.length)] : firstOf(random);
        }
        return text(out, used);
    }

    /** Marks the tokens of a learned text in {@code used} (a listing carries that real text itself). */
    void mark(int text, BitSet used) {
        for (int id : tokenized.get(text)) {
            used.set(id);
        }
    }

    private int firstOf(Random random) {
        int[] t = tokenized.get(random.nextInt(tokenized.size()));
        return t.length > 0 ? t[0] : 0;
    }

    private String text(int[] tokens, BitSet used) {
        StringBuilder b = new StringBuilder();
        for (int id : tokens) {
            String w = vocabulary.get(id);
            if (!b.isEmpty() && isLatin(b.charAt(b.length() - 1)) && isLatin(w.charAt(0))) {
                b.append(' ');
            }
            b.append(w);
            used.set(id);
        }
        return b.toString();
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
