package cn.techmarket.matching;

import java.util.List;

/**
 * One suggestion and why: its place in the word and meaning rankings (null when absent from one), the structured
 * factors, the words both listings share, and the final score (0–1).
 */
public record Match(long id, String kind, String title, String owner, String price, double score,
                    Integer lexicalRank, Integer semanticRank, double fit, List<FitFactor> factors,
                    List<String> matchedTerms) {

    /** The score as a whole percentage, for people. */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
