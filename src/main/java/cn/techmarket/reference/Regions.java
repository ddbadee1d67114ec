package cn.techmarket.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;

import java.util.List;
import java.util.regex.Pattern;

/** Questions other features ask about regions: does a code exist, which codes does a group cover. */
@ApplicationScoped
public class Regions {
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    @Inject
    EntityManager em;

    public boolean exists(String code) {
        return code != null && SIX_DIGITS.matcher(code).matches() && Region.findById(code) != null;
    }

    /** The region and every region below it. */
    @SuppressWarnings("unchecked")
    public List<String> codesUnder(String code) {
        return em.createNativeQuery("""
                with recursive covered(code) as (
                  select code from region where code = ?1
                  union
                  select r.code from region r join covered c on r.parent_code = c.code)
                select code from covered order by code""").setParameter(1, code).getResultList();
    }

    /** Every region code inside a group, its members' descendants included (成德眉资 → the four cities and their districts). */
    @SuppressWarnings("unchecked")
    public List<String> codesIn(String groupCode) {
        return em.createNativeQuery("""
                with recursive covered(code) as (
                  select region_code from region_group_member where group_code = ?1
                  union
                  select r.code from region r join covered c on r.parent_code = c.code)
                select code from covered order by code""").setParameter(1, groupCode).getResultList();
    }
}
