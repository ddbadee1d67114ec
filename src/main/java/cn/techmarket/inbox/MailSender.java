package cn.techmarket.inbox;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Sends the mail of each new notification (Chinese first, then English: nobody's language is known in a worker).
 * Rows are claimed with FOR UPDATE SKIP LOCKED; a failed send is retried with back-off and given up after
 * {@value #MAX_ATTEMPTS} attempts (the inbox row stays either way). quarkus.mailer.mock=true outside production.
 */
@ApplicationScoped
class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class);
    static final int MAX_ATTEMPTS = 5;
    static final int BATCH = 20;
    @Inject
    EntityManager em;
    @Inject
    Mailer mailer;
    @ConfigProperty(name = "techmarket.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notification(String titleZh, String titleEn, String listingTitle, String body,
                                                    String link);
    }

    @Scheduled(every = "{techmarket.inbox.mail-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void send() {
        while (sendBatch() == BATCH) {
            // drain
        }
    }

    @Transactional
    int sendBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select n.id, n.kind, n.title, n.body, n.link, u.email from notification n
                join user_profile u on u.id = n.user_id
                where n.mail_status = 'PENDING' and n.mail_after <= now()
                order by n.id limit ?1 for update of n skip locked""").setParameter(1, BATCH).getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            try {
                mailer.send(mail(NotificationKind.valueOf((String) row[1]), (String) row[2], (String) row[3],
                        (String) row[4], (String) row[5]));
                em.createNativeQuery("update notification set mail_status = 'SENT' where id = ?1").setParameter(1, id)
                        .executeUpdate();
            } catch (RuntimeException e) {
                LOG.warnf("mail for notification %d not sent: %s", id, e.toString());
                em.createNativeQuery("""
                        update notification set mail_attempts = mail_attempts + 1,
                          mail_status = case when mail_attempts + 1 >= ?2 then 'FAILED' else 'PENDING' end,
                          mail_after = now() + make_interval(secs => power(4, mail_attempts + 1))
                        where id = ?1""").setParameter(1, id).setParameter(2, MAX_ATTEMPTS).executeUpdate();
            }
        }
        return rows.size();
    }

    Mail mail(NotificationKind kind, String listingTitle, String body, String link, String to) {
        InboxMessages zh = MessageBundles.get(InboxMessages.class, Localized.Literal.of("zh-CN"));
        InboxMessages en = MessageBundles.get(InboxMessages.class, Localized.Literal.of("en"));
        String titleZh = zh.kind(kind.name()), titleEn = en.kind(kind.name());
        String url = publicUrl + link;
        String html = Templates.notification(titleZh, titleEn, listingTitle, body, url).render();
        String text = titleZh + " / " + titleEn + "\n\n" + listingTitle + (body == null ? "" : "\n" + body) + "\n\n" + url;
        return Mail.withHtml(to, "[" + zh.app_name() + "] " + titleZh + "：" + listingTitle, html).setText(text);
    }
}
