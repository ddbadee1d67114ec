package cn.techmarket.inbox;

import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.QueueChecks;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/** Mails on the shared work queue: a mail that cannot be sent is given up (FAILED) after its attempts. */
@QuarkusTest
class MailQueueTest {
    @Inject
    MailSender sender;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;

    @Test
    void a_mail_that_keeps_failing_is_given_up_and_never_claimed_again() {
        Listings.verifiedOrgOf("enterprise");
        QueueChecks.parksAfterMaxAttempts(sender.queue(), em, registry, () -> ((Number) em.createNativeQuery("""
                insert into notification (user_id, kind, dedup_key, title, link, mail_after)
                values ((select min(id) from user_profile), 'SAVED_SEARCH', ?1, '测试', '/inbox', now() + interval '1 hour')
                returning id""").setParameter(1, "queue-test:" + UUID.randomUUID()).getSingleResult()).longValue());
    }
}
