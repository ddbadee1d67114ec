package cn.techmarket.search;

import cn.techmarket.testsupport.QueueChecks;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** The search outbox on the shared work queue: a listing Elasticsearch keeps refusing is parked, an outage is not. */
@QuarkusTest
class IndexQueueTest {
    @Inject
    IndexWorker worker;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;

    private long insert() {
        return ((Number) em.createNativeQuery("insert into search_outbox (listing_id, process_after)"
                + " values (-42, now() + interval '1 hour') returning id").getSingleResult()).longValue();
    }

    @Test
    void an_outbox_row_refused_again_and_again_is_parked_and_never_claimed_again() {
        QueueChecks.parksAfterMaxAttempts(worker.queue(), em, registry, this::insert);
    }

    @Test
    void an_outage_backs_off_without_ever_parking_a_row() {
        QueueChecks.backsOffWithoutParking(worker.queue(), em, this::insert);
    }
}
