package cn.techmarket.matching;

import com.fasterxml.jackson.databind.JsonNode;
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
    public List<FitFactor> factors(JsonNode source, JsonNode other, Map<String, Double> subjects, boolean sourceIsNeed) {
        JsonNode need = sourceIsNeed ? source : other, result = sourceIsNeed ? other : source;
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

    FitFactor industry(JsonNode source, JsonNode other, Map<String, Double> subjects) {
        double weight = config.weights().industry();
        String a = source.path("industry").asText(), b = other.path("industry").asText();
        String a1 = source.path("industry_l1").asText(), b1 = other.path("industry_l1").asText();
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
    FitFactor maturity(JsonNode need, JsonNode result) {
        double weight = config.weights().maturity();
        if (!need.hasNonNull("trl") || !result.hasNonNull("trl")) {
            return FitFactor.unknown("maturity", weight, "TRL ?");
        }
        int required = need.get("trl").asInt(), offered = result.get("trl").asInt();
        String reason = "TRL " + offered + (offered >= required ? " ≥ " : " < ") + required;
        if (required - offered >= config.blockingTrlShortfall()) {
            return FitFactor.blocking("maturity", Math.max(0, 1.0 - 0.25 * (required - offered)), weight, reason);
        }
        return FitFactor.known("maturity", offered >= required ? 1.0 : 0.75, weight, reason);
    }

    /** Asking price within the budget fits; up to half again over it half fits; 面议 on either side is open. */
    FitFactor price(JsonNode need, JsonNode result) {
        double weight = config.weights().price();
        if (need.path("price_negotiable").asBoolean() || result.path("price_negotiable").asBoolean()) {
            return FitFactor.known("price", 0.6, weight, "面议");
        }
        if (!need.hasNonNull("price_cents") || !result.hasNonNull("price_cents")) {
            return FitFactor.unknown("price", weight, "?");
        }
        long budget = need.get("price_cents").asLong(), asking = result.get("price_cents").asLong();
        double score = asking <= budget ? 1.0 : asking <= budget * 3 / 2 ? 0.5 : 0.0;
        return FitFactor.known("price", score, weight, result.path("price_text").asText() + (asking <= budget ? " ≤ " : " > ")
                + need.path("price_text").asText());
    }

    /** Modes both sides state and none in common: a broker would not propose the pair, so it blocks. */
    FitFactor modes(JsonNode need, JsonNode result) {
        double weight = config.weights().modes();
        Set<String> wanted = set(need.path("modes")), offered = set(result.path("modes"));
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
    FitFactor region(JsonNode need, JsonNode result) {
        double weight = config.weights().region();
        String cityA = need.path("region_city").asText(), cityB = result.path("region_city").asText();
        if (cityA.isEmpty() || cityB.isEmpty()) {
            return FitFactor.unknown("region", weight, "?");
        }
        if (cityA.equals(cityB)) {
            return FitFactor.known("region", 1.0, weight, cityA);
        }
        Set<String> groups = set(need.path("region_groups"));
        groups.retainAll(set(result.path("region_groups")));
        if (!groups.isEmpty()) {
            return FitFactor.known("region", 0.7, weight, String.join(",", groups));
        }
        boolean sameProvince = need.path("region").asText().regionMatches(0, result.path("region").asText(), 0, 2);
        return FitFactor.known("region", sameProvince ? 0.4 : 0.2, weight, cityA + " / " + cityB);
    }

    /** 先确权、后转化: a result whose rights are confirmed can be transferred without delay. */
    FitFactor rights(JsonNode result) {
        double weight = config.weights().rights();
        if (!result.hasNonNull("rights_confirmed")) {
            return FitFactor.unknown("rights", weight, "?");
        }
        boolean confirmed = result.get("rights_confirmed").asBoolean();
        return FitFactor.known("rights", confirmed ? 1.0 : 0.3, weight, confirmed ? "confirmed" : "unconfirmed");
    }

    private static Set<String> set(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
