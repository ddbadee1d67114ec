package cn.techmarket.voucher;

import cn.techmarket.common.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money moves, each one SQL statement that checks its own limit, so that the database serializes concurrent
 * callers on the row they change (a row lock held to the commit) and the loser sees zero rows: never a read, a
 * comparison in Java and a write. The CHECK constraints of V70 stand behind them. Lock order, always: voucher, holder
 * use, programme; so two transactions never wait on each other in a cycle.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class Ledger {
    @Inject
    EntityManager em;

    /** Takes an amount from the budget: issued and reserved together never exceed it. */
    void commit(long programmeId, BigDecimal amount) {
        int rows = em.createNativeQuery("""
                update voucher_programme set committed = committed + ?2
                where id = ?1 and committed + paid + ?2 <= budget""")
                .setParameter(1, programmeId).setParameter(2, amount).executeUpdate();
        if (rows == 0) {
            throw new RuleViolation("budget-exhausted", "the programme's budget cannot cover " + amount);
        }
    }

    /** Gives back committed money (expiry, void, rejection) and books what was paid out. */
    void settle(long programmeId, BigDecimal released, BigDecimal paidOut) {
        em.createNativeQuery("update voucher_programme set committed = committed - ?2, paid = paid + ?3 where id = ?1")
                .setParameter(1, programmeId).setParameter(2, released).setParameter(3, paidOut).executeUpdate();
    }

    /** The holder's use in the year, with its row locked until the commit: reservations of one holder queue here. */
    BigDecimal lockUse(String holderKey, int year) {
        em.createNativeQuery("insert into voucher_holder_use (holder_key, year) values (?1, ?2) on conflict do nothing")
                .setParameter(1, holderKey).setParameter(2, year).executeUpdate();
        return (BigDecimal) em.createNativeQuery("select used from voucher_holder_use where holder_key = ?1 and year = ?2 for update")
                .setParameter(1, holderKey).setParameter(2, year).getSingleResult();
    }

    BigDecimal used(String holderKey, int year) {
        var rows = em.createNativeQuery("select used from voucher_holder_use where holder_key = ?1 and year = ?2")
                .setParameter(1, holderKey).setParameter(2, year).getResultList();
        return rows.isEmpty() ? BigDecimal.ZERO.setScale(2) : (BigDecimal) rows.get(0);
    }

    void addUse(String holderKey, int year, BigDecimal delta) {
        em.createNativeQuery("update voucher_holder_use set used = used + ?3 where holder_key = ?1 and year = ?2")
                .setParameter(1, holderKey).setParameter(2, year).setParameter(3, delta).executeUpdate();
    }

    /**
     * The contested step, in one statement: the order's voucher goes from ISSUED to RESERVED for that order, if the
     * order is still proposed, the voucher still issued and valid, and the caller (by Keycloak subject) is a member of
     * the order's provider, or {@code anyProvider} (the operator). Concurrent attempts queue on the voucher's row; after
     * the first commits the others match no row and return at once, having read and locked nothing else.
     *
     * @return the voucher's id, or empty when nothing was reserved
     */
    java.util.Optional<Long> reserve(long orderId, String subject, boolean anyProvider) {
        List<?> rows = em.createNativeQuery("""
                update voucher v set status = 'RESERVED', order_id = o.id, updated_at = now(), version = v.version + 1
                from voucher_order o
                where o.id = ?1 and v.id = o.voucher_id and o.status = 'PROPOSED'
                  and v.status = 'ISSUED' and v.expires_at > now()
                  and (?3 or\s""" + MEMBER_OF_PROVIDER + ") returning v.id")
                .setParameter(1, orderId).setParameter(2, subject).setParameter(3, anyProvider).getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** Why nothing was reserved: the order is not the caller's to see (empty) or its voucher is taken (present). */
    java.util.Optional<String> orderStatus(long orderId, String subject, boolean anyProvider) {
        List<?> rows = em.createNativeQuery("select o.status from voucher_order o where o.id = ?1 and (?3 or "
                        + MEMBER_OF_PROVIDER + ")")
                .setParameter(1, orderId).setParameter(2, subject).setParameter(3, anyProvider).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /** The caller (?2, the Keycloak subject) is a member of the order's provider organization. */
    private static final String MEMBER_OF_PROVIDER = """
             exists (select 1 from membership m join user_profile p on p.id = m.user_id
                     where p.subject = ?2 and m.organization_id = o.provider_org_id)""";
}
