package cn.techmarket.interest;

/** OPEN → ACCEPTED | DECLINED (by the listing's owner) | WITHDRAWN (by the interested organization). */
public enum InterestStatus {
    OPEN, ACCEPTED, DECLINED, WITHDRAWN;

    boolean isLive() {
        return this == OPEN || this == ACCEPTED;
    }
}
