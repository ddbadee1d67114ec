package cn.techmarket.matching;

/** How suggestions are ranked; the evaluation compares all four on the same data. */
public enum MatchMethod {
    /** Words only (more_like_this on the Chinese fields). */
    LEXICAL,
    /** Meaning only (kNN on sentence embeddings). */
    SEMANTIC,
    /** Both rankings fused by reciprocal rank. */
    HYBRID,
    /** The fused ranking blended with the structured fit: what users get. */
    FULL
}
