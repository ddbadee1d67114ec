package cn.techmarket.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class AuditTrailTest {
    @Inject
    AuditTrail trail;
    @Inject
    EntityManager em;

    @Test
    void the_database_refuses_to_rewrite_or_delete_history() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            trail.record("test.recorded", "test", 1, null, java.util.Map.of("k", "v"));
            return ((Number) em.createNativeQuery("select max(id) from audit_entry").getSingleResult()).longValue();
        });
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update audit_entry set action = 'forged' where id = " + id).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from audit_entry where id = " + id).executeUpdate()))
                .hasStackTraceContaining("append-only");
        String action = QuarkusTransaction.requiringNew().call(() ->
                (String) em.createNativeQuery("select action from audit_entry where id = " + id).getSingleResult());
        assertThat(action).isEqualTo("test.recorded");
    }

    @Test
    void recording_outside_a_transaction_is_a_bug_caught_at_once() {
        assertThatThrownBy(() -> trail.record("x", "y", 1, null, null))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
    }
}
