package cn.techmarket.inbox;

import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.org.CurrentUser;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import jakarta.ws.rs.NotFoundException;

/**
 * The in-app inbox. {@link #deliver} is the one way in for every feature: it joins the caller's transaction, and a
 * second delivery of the same cause to the same user is a no-op, so reprocessing never duplicates. A mail is queued
 * with the row (mail_status PENDING) and sent by {@link MailSender}.
 */
@ApplicationScoped
public class Inbox {
    static final int MAX_TITLE = 300;
    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    /** Adds a notification unless this user already has one with this key; true when it was added. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean deliver(long userId, NotificationKind kind, String dedupKey, Long listingId, String title,
                           String body, String link) {
        return em.createNativeQuery("""
                insert into notification (user_id, kind, dedup_key, listing_id, title, body, link, mail_status)
                select ?1, ?2, ?3, ?4, ?5, ?6, ?7,
                       case when coalesce(u.email, '') = '' then 'NONE' else 'PENDING' end
                from user_profile u where u.id = ?1
                on conflict (user_id, dedup_key) do nothing""")
                .setParameter(1, userId).setParameter(2, kind.name()).setParameter(3, dedupKey)
                .setParameter(4, listingId).setParameter(5, clip(title, MAX_TITLE)).setParameter(6, clip(body, 1000))
                .setParameter(7, link).executeUpdate() == 1;
    }

    public PageResult<NotificationView> mine(boolean unreadOnly, PageQuery page) {
        long me = user.profile().id;
        var query = unreadOnly
                ? Notification.<Notification>find("userId = ?1 and readAt is null", Sort.descending("createdAt", "id"), me)
                : Notification.<Notification>find("userId = ?1", Sort.descending("createdAt", "id"), me);
        return PageResult.of(query.page(Page.of(page.index(), page.size())).list(), page, query.count(),
                NotificationView::from);
    }

    public long unread() {
        if (!user.isSignedIn()) {
            return 0;
        }
        return Notification.count("userId = ?1 and readAt is null", user.profile().id);
    }

    /** Marks one of the caller's notifications read; someone else's is not found. */
    @Transactional
    public NotificationView markRead(long id) {
        Notification n = Notification.findById(id);
        if (n == null || !n.userId.equals(user.profile().id)) {
            throw new NotFoundException();
        }
        if (n.readAt == null) {
            n.readAt = java.time.OffsetDateTime.now(clock);
        }
        return NotificationView.from(n);
    }

    @Transactional
    public int markAllRead() {
        return em.createNativeQuery("update notification set read_at = now() where user_id = ?1 and read_at is null")
                .setParameter(1, user.profile().id).executeUpdate();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
