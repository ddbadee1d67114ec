package cn.techmarket.matching;

import cn.techmarket.search.ListingDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores how well a need and a result fit beyond their words: industry, maturity against what the need requires,
 * asking price against budget, cooperation modes, region, and confirmed rights. Each factor is 0–1; the fit is the
 * weighted mean of the factors known on both sides, so a field left empty neither lifts nor sinks a match. Works on
 * the indexed description of both listings, so it needs no extra database reads.
 */
@ApplicationScoped
public class StructuredFit {
    @Inject
    MatchingConfig config;

    /**
     * @param subjects the level-1 industries of what the source's text finds, each with its share (0–1): the subject
     *                 actually asked about, where the source's own industry code is only a prior
     * @param sourceIsNeed whether {@code source} is the need of the pair
     */
    public List<FitFactor> factors(ListingDocument source, ListingDocument other, Map<String, Double> subjects, boolean sourceIsNeed) {
        ListingDocument need = sourceIsNeed ? source : other, result = sourceIsNeed ? other : source;
        return List.of(industry(source, other, subjects), maturity(need, result), price(need, result),
                modes(need, result), region(need, result), rights(result));
    }

    /** The weighted mean of the known factors; 0.5 (neither good nor bad) when none is known. */
    public static double fit(List<FitFactor> factors) {
        double sum = 0, weights = 0;
        for (FitFactor f : factors) {
            if (f.known()) {
                sum += f.score() * f.weight();
                weights += f.weight();
            }
        }
        return weights == 0 ? 0.5 : sum / weights;
    }

    FitFactor industry(ListingDocument source, ListingDocument other, Map<String, Double> subjects) {
        double weight = config.weights().industry();
        String a = text(source.industry()), b = text(other.industry());
        String a1 = text(source.industryL1()), b1 = text(other.industryL1());
        if (b.isEmpty()) {
            return FitFactor.unknown("industry", weight, "?");
        }
        double own = !a.isEmpty() && a.equals(b) ? 1.0 : !a1.isEmpty() && a1.equals(b1) ? 0.7 : 0.0;
        double best = subjects.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double subject = best == 0 ? own : subjects.getOrDefault(b1, 0.0) / best;
        double prior = config.ownIndustryPrior();
        double score = prior * own + (1 - prior) * subject;
        return FitFactor.known("industry", score, weight, b + (subject >= 0.5 ? " ∈ " : " ∉ ") + "subject"
                + (own > 0 ? " ~ " : " ≠ ") + a);
    }

    /** A result at or beyond the required TRL fits; each level short costs a quarter; far short of it blocks. */
    FitFactor maturity(ListingDocument need, ListingDocument result) {
        double weight = config.weights().maturity();
        if (need.trl() == null || result.trl() == null) {
            return FitFactor.unknown("maturity", weight, "TRL ?");
        }
        int required = need.trl(), offered = result.trl();
        String reason = "TRL " + offered + (offered >= required ? " ≥ " : " < ") + required;
        if (required - offered >= config.blockingTrlShortfall()) {
            return FitFactor.blocking("maturity", Math.max(0, 1.0 - 0.25 * (required - offered)), weight, reason);
        }
        return FitFactor.known("maturity", offered >= required ? 1.0 : 0.75, weight, reason);
    }

    /** Asking price within the budget fits; up to half again over it half fits; 面议 on either side is open. */
    FitFactor price(ListingDocument need, ListingDocument result) {
        double weight = config.weights().price();
        if (Boolean.TRUE.equals(need.priceNegotiable()) || Boolean.TRUE.equals(result.priceNegotiable())) {
            return FitFactor.known("price", 0.6, weight, "面议");
        }
        if (need.priceCents() == null || result.priceCents() == null) {
            return FitFactor.unknown("price", weight, "?");
        }
        long budget = need.priceCents(), asking = result.priceCents();
        double score = asking <= budget ? 1.0 : asking <= budget * 3 / 2 ? 0.5 : 0.0;
        return FitFactor.known("price", score, weight, text(result.priceText()) + (asking <= budget ? " ≤ " : " > ")
                + text(need.priceText()));
    }

    /** Modes both sides state and none in common: a broker would not propose the pair, so it blocks. */
    FitFactor modes(ListingDocument need, ListingDocument result) {
        double weight = config.weights().modes();
        Set<String> wanted = new HashSet<>(need.modesOrEmpty()), offered = new HashSet<>(result.modesOrEmpty());
        if (wanted.isEmpty() || offered.isEmpty()) {
            return FitFactor.unknown("modes", weight, "?");
        }
        Set<String> both = new HashSet<>(wanted);
        both.retainAll(offered);
        if (both.isEmpty()) {
            return FitFactor.blocking("modes", 0.0, weight, String.join(",", wanted) + " ≠ " + String.join(",", offered));
        }
        return FitFactor.known("modes", Math.min(1.0, 0.6 + 0.2 * both.size()), weight, String.join(",", both));
    }

    /** Same city best; the same region group (成德眉资 …) next; Sichuan at least something. */
    FitFactor region(ListingDocument need, ListingDocument result) {
        double weight = config.weights().region();
        String cityA = text(need.regionCity()), cityB = text(result.regionCity());
        if (cityA.isEmpty() || cityB.isEmpty()) {
            return FitFactor.unknown("region", weight, "?");
        }
        if (cityA.equals(cityB)) {
            return FitFactor.known("region", 1.0, weight, cityA);
        }
        Set<String> groups = new HashSet<>(need.regionGroupsOrEmpty());
        groups.retainAll(result.regionGroupsOrEmpty());
        if (!groups.isEmpty()) {
            return FitFactor.known("region", 0.7, weight, String.join(",", groups));
        }
        boolean sameProvince = text(need.region()).regionMatches(0, text(result.region()), 0, 2);
        return FitFactor.known("region", sameProvince ? 0.4 : 0.2, weight, cityA + " / " + cityB);
    }

    /** 先确权、后转化: a result whose rights are confirmed can be transferred without delay. */
    FitFactor rights(ListingDocument result) {
        double weight = config.weights().rights();
        if (result.rightsConfirmed() == null) {
            return FitFactor.unknown("rights", weight, "?");
        }
        boolean confirmed = result.rightsConfirmed();
        return FitFactor.known("rights", confirmed ? 1.0 : 0.3, weight, confirmed ? "confirmed" : "unconfirmed");
    }

    /** A field left empty reads as "" (as the JSON source did), so comparisons need no null checks. */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}
