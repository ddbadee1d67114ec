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
     * The contested step, in one statement and one round trip: the order's voucher goes from ISSUED to RESERVED for
     * that order, if the order is still proposed, the voucher still issued and valid, and the caller (by Keycloak
     * subject) is a member of the order's provider, or {@code anyProvider} (the operator). Concurrent attempts queue on
     * the voucher's row; after the first commits the others match no row and return at once, having locked nothing
     * else. The same statement says why nothing was reserved: no row, the order is not the caller's to see.
     *
     * @return empty when the caller may not see the order; else the order's status and the reserved voucher's id
     *         (null when the voucher was not available)
     */
    java.util.Optional<Reservation> reserve(long orderId, String subject, boolean anyProvider) {
        List<?> rows = em.createNativeQuery("""
                with mine as (
                  select o.id, o.voucher_id, o.status from voucher_order o where o.id = ?1 and (?3 or\s""" + MEMBER_OF_PROVIDER + """
                ), reserved as (
                  update voucher v set status = 'RESERVED', order_id = mine.id, updated_at = now(), version = v.version + 1
                  from mine where v.id = mine.voucher_id and mine.status = 'PROPOSED'
                    and v.status = 'ISSUED' and v.expires_at > now()
                  returning v.id)
                select mine.status, (select id from reserved) from mine""")
                .setParameter(1, orderId).setParameter(2, subject).setParameter(3, anyProvider).getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r)
                .map(r -> new Reservation(r[0].toString(), r[1] == null ? null : ((Number) r[1]).longValue()));
    }

    record Reservation(String orderStatus, Long voucherId) {
    }

    /** The caller (?2, the Keycloak subject) is a member of the order's provider organization; closes "(?3 or". */
    private static final String MEMBER_OF_PROVIDER = """
             exists (select 1 from membership m join user_profile p on p.id = m.user_id
                     where p.subject = ?2 and m.organization_id = o.provider_org_id))""";
}
