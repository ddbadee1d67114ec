package cn.techmarket.inbox;

import cn.techmarket.queue.WorkQueue;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
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
    /** Platform-wide, not the inbox's: a mapping with the root prefix would have to name every techmarket.* key. */
    @ConfigProperty(name = "techmarket.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;
    @Inject
    MeterRegistry registry;
    private WorkQueue queue;

    /** Back-off 4^attempts s (4 s, 16 s, 64 s, 256 s), then the mail is given up (FAILED); the inbox row stays. */
    @PostConstruct
    void init() {
        queue = new WorkQueue(new WorkQueue.Shape("mail", "notification", "notification n join user_profile u on u.id = n.user_id",
                "n", "mail_after", "mail_attempts", null, "mail_status = 'PENDING'", "mail_status = 'FAILED'", "mail_status = 'SENT'",
                "mail_status = case when ?park then 'FAILED' else 'PENDING' end", MAX_ATTEMPTS, 4, 1, 30), em, registry);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notification(String titleZh, String titleEn, String listingTitle, String body,
                                                    String link);
    }

    WorkQueue queue() {
        return queue;
    }

    @Scheduled(every = "{techmarket.inbox.mail-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void send() {
        while (sendBatch() == BATCH) {
            // drain
        }
        measure();
    }

    @Transactional
    int sendBatch() {
        List<Object[]> rows = queue.claim("n.id, n.kind, n.title, n.body, n.link, u.email", BATCH);
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            try {
                mailer.send(mail(NotificationKind.valueOf((String) row[1]), (String) row[2], (String) row[3],
                        (String) row[4], (String) row[5]));
                queue.complete(id);
            } catch (RuntimeException e) {
                LOG.warnf("mail for notification %d not sent: %s", id, e.toString());
                queue.retry(id, e.toString());
            }
        }
        return rows.size();
    }

    @Transactional
    void measure() {
        queue.measure();
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
