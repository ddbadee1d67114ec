package cn.techmarket.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The unread count in the layout's header: {inject:inbox.unread}. Counted once per request; 0 where the page is
 * rendered on an I/O thread (error pages for security failures), which may not touch the database.
 */
@Named("inbox")
@RequestScoped
public class InboxBadge {
    @Inject
    Inbox inbox;
    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = io.quarkus.runtime.BlockingOperationControl.isBlockingAllowed() ? inbox.unread() : 0L;
        }
        return unread;
    }
}
