package cn.techmarket.matching;

import java.util.List;

/**
 * One suggestion and why: its place in the word and meaning rankings (null when absent from one), the structured
 * factors, the whole terms both listings share, the final score (0–1), and whether a blocking mismatch sank it.
 */
public record Match(long id, String kind, String title, String owner, String price, double score,
                    Integer lexicalRank, Integer semanticRank, double fit, List<FitFactor> factors,
                    List<String> matchedTerms, boolean blocked) {

    /** The factors that block this match, for the explanation. */
    public List<FitFactor> blockers() {
        return factors.stream().filter(FitFactor::blocking).toList();
    }

    /** The score as a whole percentage, for people. */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
