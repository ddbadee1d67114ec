package cn.techmarket.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.regex.Pattern;

/** Questions other features ask about regions: does a code exist, which codes does a region or group cover. */
@ApplicationScoped
public class Regions {
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    @Inject
    EntityManager em;

    public boolean exists(String code) {
        return code != null && SIX_DIGITS.matcher(code).matches() && Region.findById(code) != null;
    }

    /** The region and every region below it. */
    public List<String> codesUnder(String code) {
        return covered("select code from region where code = ?1", code);
    }

    /** Every region code inside a group, its members' descendants included (成德眉资 → the four cities and their districts). */
    public List<String> codesIn(String groupCode) {
        return covered("select region_code from region_group_member where group_code = ?1", groupCode);
    }

    @SuppressWarnings("unchecked")
    private List<String> covered(String seeds, String parameter) {
        return em.createNativeQuery("with recursive covered(code) as (" + seeds
                        + " union select r.code from region r join covered c on r.parent_code = c.code)"
                        + " select code from covered order by code")
                .setParameter(1, parameter).getResultList();
    }
}
