package cn.techmarket.listing;

/** The workflow verbs, who may use each, and whether a reason is required (returns and rejections need one). */
public enum ListingAction {
    SUBMIT(ListingStatus.SUBMITTED, false, false),
    WITHDRAW(ListingStatus.WITHDRAWN, false, false),
    REOPEN(ListingStatus.DRAFT, false, false),
    MARK_DEALT(ListingStatus.DEALT, false, false),
    RENEW(ListingStatus.PUBLISHED, false, false),
    APPROVE(ListingStatus.PUBLISHED, true, false),
    RETURN(ListingStatus.RETURNED, true, true),
    REJECT(ListingStatus.REJECTED, true, true);

    public final ListingStatus target;
    /** Only the platform operator moderates. */
    public final boolean moderation;
    public final boolean needsReason;

    ListingAction(ListingStatus target, boolean moderation, boolean needsReason) {
        this.target = target;
        this.moderation = moderation;
        this.needsReason = needsReason;
    }

    /** Whether this step makes sense from a listing's current state (renewal keeps a published listing published). */
    public boolean appliesTo(ListingStatus status) {
        return switch (this) {
            case RENEW -> status == ListingStatus.PUBLISHED || status == ListingStatus.EXPIRED;
            case MARK_DEALT -> status == ListingStatus.PUBLISHED;
            // a draft is seen by nobody outside its organization: there is nothing to take down (下架)
            case WITHDRAW -> status != ListingStatus.DRAFT && status.canMoveTo(target);
            default -> status.canMoveTo(target);
        };
    }
}
