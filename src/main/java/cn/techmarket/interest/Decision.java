package cn.techmarket.interest;

/** The owner's answer to an expression of interest. */
public enum Decision {
    ACCEPT, DECLINE
}
