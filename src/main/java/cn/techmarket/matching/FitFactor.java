package cn.techmarket.matching;

/**
 * One structured reason a pair fits, scored 0–1, with its weight in the fit and the facts behind it (for the
 * explanation people read: "TRL 6 ≥ 5 required").
 */
public record FitFactor(String name, double score, double weight, String reason) {

    public int percent() {
        return (int) Math.round(score * 100);
    }

    /** good, fair or poor: how the page colours the factor. */
    public String level() {
        return score >= 0.7 ? "good" : score >= 0.4 ? "fair" : "poor";
    }
}
