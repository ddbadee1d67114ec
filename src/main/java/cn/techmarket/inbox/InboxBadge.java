package cn.techmarket.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count in the layout's header: {inject:inbox.unread}. Counted once per request. */
@Named("inbox")
@RequestScoped
public class InboxBadge {
    @Inject
    Inbox inbox;
    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unread();
        }
        return unread;
    }
}
