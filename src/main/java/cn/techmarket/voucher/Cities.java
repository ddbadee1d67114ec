package cn.techmarket.voucher;

import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** City codes (GB/T 2260: the first four digits and 00) and the cities of a region group. */
final class Cities {
    private Cities() {
    }

    static String cityOf(String regionCode) {
        return regionCode.substring(0, 4) + "00";
    }

    @SuppressWarnings("unchecked")
    static Set<String> ofGroup(EntityManager em, String groupCode) {
        List<String> codes = em.createNativeQuery("select region_code from region_group_member where group_code = ?1")
                .setParameter(1, groupCode).getResultList();
        return new HashSet<>(codes);
    }
}
