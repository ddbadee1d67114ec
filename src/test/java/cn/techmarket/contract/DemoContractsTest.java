package cn.techmarket.contract;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DemoContractsTest {
    @Inject
    DemoContracts demo;
    @Inject
    EntityManager em;
    @Inject
    RegistryEvents registryEvents;

    @Test
    void the_demo_contracts_are_registered_through_the_amount_history_once() {
        int before = registryEvents.seen().size();
        assertEquals(7, demo.load(), "five registrations, a change and a cancellation");
        assertEquals(before + 7, registryEvents.seen().size(), "each event told the statistics");
        assertEquals(0, demo.load(), "a second start writes nothing");

        @SuppressWarnings("unchecked")
        List<Object[]> history = em.createNativeQuery("""
                select h.kind, h.effective_on::text, h.total_amount::text, h.tech_amount::text
                from contract_amount_history h join tech_contract c on c.id = h.contract_id
                where c.registration_no = 'DEMO2026510681000001' order by h.revision""").getResultList();
        assertEquals(List.of("REGISTERED", "2026-05-11", "8600000.00", "8000000.00"), List.of(history.get(0)));
        assertEquals(List.of("CHANGED", "2026-08-01", "9100000.00", "8500000.00"), List.of(history.get(1)));
        assertEquals("CANCELLED", em.createNativeQuery(
                "select status from tech_contract where registration_no = 'DEMO2026510604000001'").getSingleResult());
    }
}
