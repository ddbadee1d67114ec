package cn.techmarket.matching;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores how well a need and a result fit beyond their words: industry, maturity against what the need requires,
 * asking price against budget, cooperation modes, region, and confirmed rights. Each factor is 0–1; the weighted sum
 * is the fit. Works on the indexed description of both listings, so it needs no extra database reads.
 */
public final class StructuredFit {
    static final double INDUSTRY = 0.25;
    static final double MATURITY = 0.20;
    static final double PRICE = 0.15;
    static final double MODES = 0.15;
    static final double REGION = 0.15;
    static final double RIGHTS = 0.10;
    /** When nothing is known about a factor it neither helps nor hurts much. */
    static final double UNKNOWN = 0.5;

    private StructuredFit() {
    }

    public static List<FitFactor> factors(JsonNode need, JsonNode result) {
        return List.of(industry(need, result), maturity(need, result), price(need, result), modes(need, result),
                region(need, result), rights(result));
    }

    public static double fit(List<FitFactor> factors) {
        return factors.stream().mapToDouble(f -> f.score() * f.weight()).sum();
    }

    static FitFactor industry(JsonNode need, JsonNode result) {
        String a = need.path("industry").asText(), b = result.path("industry").asText();
        String a1 = need.path("industry_l1").asText(), b1 = result.path("industry_l1").asText();
        if (!a.isEmpty() && a.equals(b)) {
            return new FitFactor("industry", 1.0, INDUSTRY, a);
        }
        if (!a1.isEmpty() && a1.equals(b1)) {
            return new FitFactor("industry", 0.7, INDUSTRY, a1 + ": " + a + " ~ " + b);
        }
        return new FitFactor("industry", 0.0, INDUSTRY, a + " ≠ " + b);
    }

    /** A result at or beyond the required TRL fits; each level short of it costs a quarter. */
    static FitFactor maturity(JsonNode need, JsonNode result) {
        if (!need.hasNonNull("trl") || !result.hasNonNull("trl")) {
            return new FitFactor("maturity", UNKNOWN, MATURITY, "TRL ?");
        }
        int required = need.get("trl").asInt(), offered = result.get("trl").asInt();
        double score = offered >= required ? 1.0 : Math.max(0, 1.0 - 0.25 * (required - offered));
        return new FitFactor("maturity", score, MATURITY, "TRL " + offered + (offered >= required ? " ≥ " : " < ") + required);
    }

    /** Asking price within the budget fits; up to half again over it half fits; 面议 on either side is open. */
    static FitFactor price(JsonNode need, JsonNode result) {
        if (need.path("price_negotiable").asBoolean() || result.path("price_negotiable").asBoolean()) {
            return new FitFactor("price", 0.6, PRICE, "面议");
        }
        if (!need.hasNonNull("price_cents") || !result.hasNonNull("price_cents")) {
            return new FitFactor("price", UNKNOWN, PRICE, "?");
        }
        long budget = need.get("price_cents").asLong(), asking = result.get("price_cents").asLong();
        double score = asking <= budget ? 1.0 : asking <= budget * 3 / 2 ? 0.5 : 0.0;
        return new FitFactor("price", score, PRICE, result.path("price_text").asText() + (asking <= budget ? " ≤ " : " > ")
                + need.path("price_text").asText());
    }

    static FitFactor modes(JsonNode need, JsonNode result) {
        Set<String> wanted = set(need.path("modes")), offered = set(result.path("modes"));
        if (wanted.isEmpty() || offered.isEmpty()) {
            return new FitFactor("modes", UNKNOWN, MODES, "?");
        }
        Set<String> both = new HashSet<>(wanted);
        both.retainAll(offered);
        return new FitFactor("modes", both.isEmpty() ? 0.0 : Math.min(1.0, 0.6 + 0.2 * both.size()), MODES,
                String.join(",", both));
    }

    /** Same city best; the same region group (成德眉资 …) next; Sichuan at least something. */
    static FitFactor region(JsonNode need, JsonNode result) {
        String cityA = need.path("region_city").asText(), cityB = result.path("region_city").asText();
        if (!cityA.isEmpty() && cityA.equals(cityB)) {
            return new FitFactor("region", 1.0, REGION, cityA);
        }
        Set<String> groups = set(need.path("region_groups"));
        groups.retainAll(set(result.path("region_groups")));
        if (!groups.isEmpty()) {
            return new FitFactor("region", 0.7, REGION, String.join(",", groups));
        }
        boolean sameProvince = need.path("region").asText().regionMatches(0, result.path("region").asText(), 0, 2);
        return new FitFactor("region", sameProvince ? 0.4 : 0.2, REGION, cityA + " / " + cityB);
    }

    /** 先确权、后转化: a result whose rights are confirmed can be transferred without delay. */
    static FitFactor rights(JsonNode result) {
        if (!result.hasNonNull("rights_confirmed")) {
            return new FitFactor("rights", UNKNOWN, RIGHTS, "?");
        }
        boolean confirmed = result.get("rights_confirmed").asBoolean();
        return new FitFactor("rights", confirmed ? 1.0 : 0.3, RIGHTS, confirmed ? "confirmed" : "unconfirmed");
    }

    private static Set<String> set(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
