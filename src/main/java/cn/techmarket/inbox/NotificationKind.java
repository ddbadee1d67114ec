package cn.techmarket.inbox;

/** Why a notification was sent; pages and mails word each kind in the reader's language. */
public enum NotificationKind {
    /** Someone expressed interest in one of your organization's listings. */
    INTEREST_RECEIVED,
    /** Your expression of interest was accepted: the contacts are open to both sides. */
    INTEREST_ACCEPTED,
    INTEREST_DECLINED,
    INTEREST_WITHDRAWN,
    /** A newly published listing matches one of your saved searches. */
    SAVED_SEARCH,
    /** A newly published result matches a need you follow or own. */
    FOLLOWED_NEED,
    /** A need you held as a broker was withdrawn or expired, so your claim on it was released. */
    CLAIM_RELEASED
}
