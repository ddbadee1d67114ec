package cn.techmarket.voucher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** 公示: what the public sees of a voucher under publicity — provider, enterprise, category and amount, nothing else. */
@ApplicationScoped
public class Publicity {
    public record Entry(long voucherId, String programme, String provider, String holder, ServiceCategory category,
                        BigDecimal amount, OffsetDateTime publicityEndsAt) {
    }

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Entry> current() {
        List<Object[]> rows = em.createNativeQuery("""
                select v.id, pv.name_zh, po.name_zh, coalesce(ho.name_zh, t.name_zh), o.category, v.reserved, v.publicity_ends_at
                from voucher v
                join voucher_programme_version pv on pv.id = v.version_id
                join voucher_order o on o.id = v.order_id
                join organization po on po.id = o.provider_org_id
                left join organization ho on ho.id = v.holder_org_id
                left join voucher_team t on t.id = v.holder_team_id
                where v.status = 'PUBLICIZED' order by v.publicity_ends_at, v.id limit 500""").getResultList();
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ServiceCategory.valueOf((String) r[4]), (BigDecimal) r[5],
                time(r[6]))).toList();
    }

    static OffsetDateTime time(Object value) {
        return value instanceof OffsetDateTime t ? t
                : value instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.ofHours(8))
                : ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.ofHours(8));
    }
}
