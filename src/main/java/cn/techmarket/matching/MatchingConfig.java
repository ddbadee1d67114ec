package cn.techmarket.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How matches are ranked (techmarket.matching.*): the blend, the fit's weights, and what counts as blocking. */
@ConfigMapping(prefix = "techmarket.matching")
public interface MatchingConfig {
    /** The usual reciprocal-rank-fusion constant: damps the difference between the very first places. */
    @WithDefault("60")
    int rrfK();

    /** Candidates taken from each retrieval (words, meaning) before ranking. */
    @WithDefault("50")
    int pool();

    /**
     * FULL = (text × fused rank + fit × structured fit) × blocked factor when a blocking factor fails. The defaults
     * are the blend chosen on the development split of the real evaluation set (docs/matching-evaluation.md): on real
     * texts, every fit weight above zero and every cut for blocking lowered nDCG@10, because the fit's factors (price,
     * modes) say nothing about whether a result solves the problem. The fit and its blocking factors are still
     * computed and shown in every explanation; a deployment whose listings carry reliable structured fields can
     * weigh them again here.
     */
    @WithDefault("1.0")
    double textWeight();

    @WithDefault("0.0")
    double fitWeight();

    /** A FULL score is multiplied by this when a factor a broker treats as blocking fails (no common mode …). */
    @WithDefault("1.0")
    double blockedFactor();

    /** A result this many TRL levels or more below what the need requires is blocked. */
    @WithDefault("2")
    int blockingTrlShortfall();

    /**
     * The part of the industry factor given by the source listing's own industry code. A need is often filed under
     * its company's industry rather than the subject it asks about (a drug maker asking about wastewater), so the
     * industries of the listings its text finds count for the rest.
     */
    @WithDefault("0.3")
    double ownIndustryPrior();

    Weights weights();

    /** Weights of the structured fit's factors; only the known factors count, so they need not sum to one. */
    interface Weights {
        @WithDefault("0.25")
        double industry();

        @WithDefault("0.20")
        double maturity();

        @WithDefault("0.15")
        double price();

        @WithDefault("0.15")
        double modes();

        @WithDefault("0.15")
        double region();

        @WithDefault("0.10")
        double rights();
    }
}
