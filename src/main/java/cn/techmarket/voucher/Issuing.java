package cn.techmarket.voucher;

/** First come, first served (decided at once) or reviewed by the issuer. */
public enum Issuing {
    FCFS, REVIEW
}
