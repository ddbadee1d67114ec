package cn.techmarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * Where a contract is registered and who may handle it. A point is a region node and covers that node and all below
 * it; a contract goes to the nearest active point above its registrant's region; a registrar handles the contracts
 * of every point inside the regions of its own points.
 */
@ApplicationScoped
public class RegistrationPoints {
    @Inject
    EntityManager em;

    /** The nearest active point at or above the region, walking up the GB/T 2260 tree. */
    @SuppressWarnings("unchecked")
    public Optional<Long> nearest(String regionCode) {
        List<Number> ids = em.createNativeQuery("""
                        with recursive up(code, depth) as (
                          select code, 0 from region where code = ?1
                          union all select r.parent_code, u.depth + 1 from region r join up u on r.code = u.code
                          where r.parent_code is not null)
                        select p.id from up join registration_point p on p.region_code = up.code and p.active
                        order by up.depth limit 1""")
                .setParameter(1, regionCode).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /** The ids of every point a registrar covers: its own points and the points below them. */
    @SuppressWarnings("unchecked")
    public List<Long> coveredBy(String subject) {
        List<Number> ids = em.createNativeQuery("""
                        with recursive covered(code) as (
                          select p.region_code from registrar_assignment a join registration_point p on p.id = a.point_id
                          where a.subject = ?1
                          union select r.code from region r join covered c on r.parent_code = c.code)
                        select p.id from registration_point p join covered c on c.code = p.region_code""")
                .setParameter(1, subject).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public String regionOf(long pointId) {
        return (String) em.createNativeQuery("select region_code from registration_point where id = ?1")
                .setParameter(1, pointId).getSingleResult();
    }

    public String nameOf(long pointId) {
        return (String) em.createNativeQuery("select name_zh from registration_point where id = ?1")
                .setParameter(1, pointId).getSingleResult();
    }
}
