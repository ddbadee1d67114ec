package cn.techmarket.subscription;

import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.QueueChecks;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** Subscription events on the shared work queue: one whose delivery keeps failing is parked, not retried forever. */
@QuarkusTest
class SubscriptionQueueTest {
    @Inject
    SubscriptionWorker worker;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;

    @Test
    void an_event_whose_delivery_keeps_failing_is_parked_and_never_claimed_again() {
        int listing = Listings.create("enterprise", "NEED", Listings.aNeed("订阅队列停放测试"));
        QueueChecks.parksAfterMaxAttempts(worker.queue(), em, registry, () -> ((Number) em.createNativeQuery(
                "insert into subscription_event (listing_id, process_after) values (?1, now() + interval '1 hour')"
                        + " returning id").setParameter(1, listing).getSingleResult()).longValue());
    }
}
