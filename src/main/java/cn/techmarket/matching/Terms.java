package cn.techmarket.matching;

import cn.techmarket.search.SharedWords.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The whole, meaningful terms of a text, for saying what two listings share. smartcn cuts words missing from its
 * dictionary into a shorter word and single characters (物联网 → 物 + 联网, 区块链 → 区块 + 链, 锂电池 → 锂 + 电池); a single
 * character is glued back to the words it touches, so 联网 and 区块 never stand alone for 物联网 and 区块链. Function
 * characters (的, 与, 及 …) separate terms; generic words ({@link StopWords}) and digits are no terms.
 */
final class Terms {
    private static final String FUNCTION_CHARACTERS = "的与和及或等在对为了是并将把被从以于中上下其之而也就都由向至到给让使每各该此";

    private Terms() {
    }

    static Set<String> of(String text, List<Token> tokens) {
        Set<String> terms = new LinkedHashSet<>();
        List<Token> run = new ArrayList<>();
        for (Token token : tokens) {
            boolean single = token.text().codePointCount(0, token.text().length()) == 1;
            if (single && FUNCTION_CHARACTERS.contains(token.text())) {
                close(run, text, terms);
                continue;
            }
            Token last = run.isEmpty() ? null : run.get(run.size() - 1);
            boolean touches = last != null && last.end() == token.start();
            boolean glue = touches && (single || isSingle(last));
            if (!glue) {
                close(run, text, terms);
            }
            run.add(token);
        }
        close(run, text, terms);
        return terms;
    }

    private static boolean isSingle(Token token) {
        return token.text().codePointCount(0, token.text().length()) == 1;
    }

    private static void close(List<Token> run, String text, Set<String> terms) {
        if (run.isEmpty()) {
            return;
        }
        String term = text.substring(run.get(0).start(), run.get(run.size() - 1).end()).toLowerCase(java.util.Locale.ROOT);
        run.clear();
        if (term.codePointCount(0, term.length()) >= 2 && !term.chars().allMatch(Character::isDigit)
                && !StopWords.contains(term)) {
            terms.add(term);
        }
    }
}
