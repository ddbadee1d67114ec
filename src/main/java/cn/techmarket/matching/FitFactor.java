package cn.techmarket.matching;

/**
 * One structured reason a pair fits, scored 0–1, with its weight in the fit and the facts behind it (for the
 * explanation people read: "TRL 6 ≥ 5 required").
 */
public record FitFactor(String name, double score, double weight, String reason) {
}
