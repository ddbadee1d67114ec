package cn.techmarket.matching;

/**
 * One structured reason a pair fits, scored 0–1, with its weight in the fit and the facts behind it (for the
 * explanation people read: "TRL 6 ≥ 5 required"). A factor without data on one side is not known: it counts neither
 * for nor against. A blocking factor is a mismatch a broker would not get past (no common cooperation mode, far too
 * immature): it sinks the whole match, and the explanation says so.
 */
public record FitFactor(String name, double score, double weight, String reason, boolean known, boolean blocking) {

    static FitFactor known(String name, double score, double weight, String reason) {
        return new FitFactor(name, score, weight, reason, true, false);
    }

    static FitFactor unknown(String name, double weight, String reason) {
        return new FitFactor(name, 0.5, weight, reason, false, false);
    }

    static FitFactor blocking(String name, double score, double weight, String reason) {
        return new FitFactor(name, score, weight, reason, true, true);
    }

    public int percent() {
        return (int) Math.round(score * 100);
    }

    /** good, fair, poor or unknown: how the page colours the factor. */
    public String level() {
        return !known ? "unknown" : score >= 0.7 ? "good" : score >= 0.4 ? "fair" : "poor";
    }
}
