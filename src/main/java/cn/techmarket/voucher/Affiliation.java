package cn.techmarket.voucher;

import cn.techmarket.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * The affiliation check of the Sichuan 办法: provider and enterprise must not be one entity, nor related by equity
 * (directly, or through a common holder both declare) or by a shared legal representative. Declarations count in
 * either direction, by credit code, so a relation declared before the other side registered still counts.
 */
@ApplicationScoped
class Affiliation {
    @Inject
    EntityManager em;

    /** The reason the pair is related (a message key suffix), or empty. */
    @SuppressWarnings("unchecked")
    Optional<String> between(Organization provider, Organization holder) {
        if (provider.id.equals(holder.id) || provider.creditCode.equals(holder.creditCode)) {
            return Optional.of("same-entity");
        }
        List<String> kinds = em.createNativeQuery("""
                select kind from organization_related_party
                where (organization_id = ?1 and related_credit_code = ?4) or (organization_id = ?2 and related_credit_code = ?3)
                union
                select 'COMMON_EQUITY' from organization_related_party a join organization_related_party b
                  on a.related_credit_code = b.related_credit_code and a.kind = 'EQUITY' and b.kind = 'EQUITY'
                where a.organization_id = ?1 and b.organization_id = ?2
                order by 1""")
                .setParameter(1, provider.id).setParameter(2, holder.id)
                .setParameter(3, provider.creditCode).setParameter(4, holder.creditCode).getResultList();
        return kinds.stream().findFirst().map(k -> k.toLowerCase().replace('_', '-'));
    }
}
