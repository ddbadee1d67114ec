package cn.techmarket.matching.eval;

import cn.techmarket.matching.MatchMethod;

/** The four matching methods and the two controls the real evaluation compares. */
enum EvaluatedMethod {
    LEXICAL(MatchMethod.LEXICAL), SEMANTIC(MatchMethod.SEMANTIC), HYBRID(MatchMethod.HYBRID), FULL(MatchMethod.FULL),
    /** Control: one plain multi_match of the need's title and text on the results' title, summary and body. */
    BM25(null),
    /** Control: the structured fit alone, over every candidate (ties by id). */
    FIT_ONLY(null);

    /** The matcher's method, or null for a control. */
    final MatchMethod matcher;

    EvaluatedMethod(MatchMethod matcher) {
        this.matcher = matcher;
    }

    /** The methods whose top 20 make the grading pools (the fit-only control is not pooled: see the docs). */
    static final EvaluatedMethod[] POOLED = {LEXICAL, SEMANTIC, HYBRID, FULL, BM25};
}
