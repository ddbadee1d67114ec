package cn.techmarket.inbox;

import java.time.OffsetDateTime;

/** A notification as the inbox page and the API show it. */
public record NotificationView(long id, NotificationKind kind, Long listingId, String title, String body, String link,
                               OffsetDateTime createdAt, boolean read) {

    static NotificationView from(Notification n) {
        return new NotificationView(n.id, NotificationKind.valueOf(n.kind), n.listingId, n.title, n.body, n.link,
                n.createdAt, n.readAt != null);
    }
}
