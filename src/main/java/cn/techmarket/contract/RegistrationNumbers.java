package cn.techmarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gap-free registration numbers per point and year. The counter row stays locked until the registering transaction
 * ends, so parallel registrations at one point queue up, and a rolled-back registration gives its number back.
 */
@ApplicationScoped
public class RegistrationNumbers {
    @Inject
    EntityManager em;

    /** yyyy + the point's region code + a six-digit sequence, e.g. 2026510600000042. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(long pointId, String pointRegion, int year) {
        em.createNativeQuery("insert into registration_counter (point_id, year, last_no) values (?1, ?2, 0)"
                        + " on conflict do nothing")
                .setParameter(1, pointId).setParameter(2, year).executeUpdate();
        int last = ((Number) em.createNativeQuery("select last_no from registration_counter"
                        + " where point_id = ?1 and year = ?2 for update")
                .setParameter(1, pointId).setParameter(2, year).getSingleResult()).intValue();
        em.createNativeQuery("update registration_counter set last_no = ?3 where point_id = ?1 and year = ?2")
                .setParameter(1, pointId).setParameter(2, year).setParameter(3, last + 1).executeUpdate();
        return String.format("%d%s%06d", year, pointRegion, last + 1);
    }
}
