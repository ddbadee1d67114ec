package cn.techmarket.listing;

/** Who holds a result's rights: the institution, researchers with long-term use rights, jointly, or by licence. */
public enum RightsStatus {
    OWNED, LONG_TERM_USE, JOINT, LICENSED
}
