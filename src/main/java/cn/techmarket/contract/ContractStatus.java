package cn.techmarket.contract;

/**
 * DRAFT → SUBMITTED → (SUPPLEMENT_REQUESTED ↺ SUBMITTED) → EXPERT_REVIEW → REGISTERED | REFUSED; REGISTERED →
 * CANCELLED. A 变更登记 keeps the status REGISTERED and appends a revision to the amount history.
 */
public enum ContractStatus {
    DRAFT, SUBMITTED, SUPPLEMENT_REQUESTED, EXPERT_REVIEW, REGISTERED, REFUSED, CANCELLED;

    /** Under review by a registrar: the deadline clock runs. */
    public boolean inReview() {
        return this == SUBMITTED || this == EXPERT_REVIEW;
    }

    public boolean editable() {
        return this == DRAFT || this == SUPPLEMENT_REQUESTED;
    }
}
