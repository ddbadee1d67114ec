package cn.techmarket.voucher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The bureau's monitoring figures, over the vouchers the caller oversees: those of programmes it issues and those
 * of holders in its city (the operator: all). Each figure is one grouped query, so the page costs a handful of
 * queries whatever the number of vouchers.
 */
@ApplicationScoped
public class Monitor {
    public record Totals(BigDecimal budget, BigDecimal used, BigDecimal issued, BigDecimal reserved, BigDecimal redeemed,
                         BigDecimal expired, BigDecimal redemptionRate, BigDecimal avgDaysToRedemption) {
    }

    public record Row(String key, String label, long vouchers, BigDecimal issued, BigDecimal redeemed) {
    }

    public record Flow(String from, String to, BigDecimal amount) {
    }

    public record Flag(String kind, String provider, String holder, long orders) {
    }

    public record View(Totals totals, List<Row> programmes, List<Row> cities, List<Row> categories,
                       List<Row> topProviders, List<Flow> flows, List<Flag> flags) {
    }

    /** Which vouchers the caller oversees, as SQL over alias v joined to programme p. */
    private static final String SCOPE = "(?1 or p.issuer_org_id = any(?2) or v.holder_city = any(?3))";
    @Inject
    Jurisdiction who;
    @Inject
    EntityManager em;

    public View view() {
        return new View(totals(), rows("v.programme_id::text", "pv.name_zh"), rows("v.holder_city", "r.name_zh"),
                rows("o.category", "o.category"), rows("o.provider_org_id::text", "po.name_zh").stream().limit(10).toList(),
                flows(), flags());
    }

    private Totals totals() {
        Object[] r = (Object[]) query("""
                select coalesce(sum(face_value) filter (where v.status not in ('APPLIED','REFUSED')), 0),
                       coalesce(sum(reserved) filter (where v.status in ('RESERVED','SUBMITTED','CITY_APPROVED','ISSUER_APPROVED','PUBLICIZED')), 0),
                       coalesce(sum(reserved) filter (where v.status = 'PAID'), 0),
                       coalesce(sum(face_value) filter (where v.status = 'EXPIRED'), 0),
                       avg(extract(epoch from v.paid_at - v.issued_at) / 86400) filter (where v.status = 'PAID')
                from voucher v join voucher_programme p on p.id = v.programme_id where %s""".formatted(SCOPE))
                .getSingleResult();
        Object[] b = (Object[]) query("""
                select coalesce(sum(p.budget), 0), coalesce(sum(p.committed + p.paid), 0) from voucher_programme p
                where ?1 or p.issuer_org_id = any(?2) or exists (select 1 from voucher v where v.programme_id = p.id
                  and v.holder_city = any(?3))""").getSingleResult();
        BigDecimal issued = (BigDecimal) r[0], redeemed = (BigDecimal) r[2];
        BigDecimal rate = issued.signum() == 0 ? BigDecimal.ZERO : redeemed.divide(issued, 4, RoundingMode.HALF_UP);
        BigDecimal days = r[4] == null ? null : new BigDecimal(r[4].toString()).setScale(1, RoundingMode.HALF_UP);
        return new Totals((BigDecimal) b[0], (BigDecimal) b[1], issued, (BigDecimal) r[1], redeemed, (BigDecimal) r[3],
                rate, days);
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(String key, String label) {
        List<Object[]> rows = query("""
                select %s, min(%s), count(distinct v.id),
                       coalesce(sum(distinct_face), 0), coalesce(sum(v.reserved) filter (where v.status = 'PAID'), 0)
                from (select v.*, case when v.status not in ('APPLIED','REFUSED') then v.face_value end distinct_face
                      from voucher v) v
                join voucher_programme p on p.id = v.programme_id
                join voucher_programme_version pv on pv.id = v.version_id
                join region r on r.code = v.holder_city
                left join voucher_order o on o.id = v.order_id
                left join organization po on po.id = o.provider_org_id
                where %s %s
                group by 1 order by 5 desc, 1""".formatted(key, label, SCOPE,
                key.startsWith("o.") ? "and o.id is not null" : "")).getResultList();
        return rows.stream().map(r -> new Row(String.valueOf(r[0]), String.valueOf(r[1]), ((Number) r[2]).longValue(),
                (BigDecimal) r[3], (BigDecimal) r[4])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Flow> flows() {
        List<Object[]> rows = query("""
                select v.holder_city, o.provider_city, sum(v.reserved)
                from voucher v join voucher_programme p on p.id = v.programme_id join voucher_order o on o.id = v.order_id
                where v.status = 'PAID' and %s group by 1, 2 order by 1, 2""".formatted(SCOPE)).getResultList();
        return rows.stream().map(r -> new Flow((String) r[0], (String) r[1], (BigDecimal) r[2])).toList();
    }

    /**
     * Two patterns worth a look: a provider whose (three or more) orders all take the voucher's whole value, as if
     * the fee were set to the cap; and a burst of five or more orders between one provider and one holder in a week.
     */
    @SuppressWarnings("unchecked")
    private List<Flag> flags() {
        List<Object[]> rows = query("""
                select 'AT_CAP', po.name_zh, null, count(*)
                from voucher v join voucher_programme p on p.id = v.programme_id join voucher_order o on o.id = v.order_id
                join organization po on po.id = o.provider_org_id
                where o.status = 'CONFIRMED' and %1$s group by po.id, po.name_zh
                having count(*) >= 3 and bool_and(o.subsidy = v.face_value)
                union all
                select 'BURST', po.name_zh, coalesce(ho.name_zh, v.holder_key), count(*)
                from voucher v join voucher_programme p on p.id = v.programme_id join voucher_order o on o.voucher_id = v.id
                join organization po on po.id = o.provider_org_id left join organization ho on ho.id = v.holder_org_id
                where o.created_at > now() - interval '7 days' and %1$s
                group by po.id, po.name_zh, v.holder_key, ho.name_zh having count(*) >= 5
                order by 1, 4 desc""".formatted(SCOPE)).getResultList();
        return rows.stream().map(r -> new Flag((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
                .toList();
    }

    private jakarta.persistence.Query query(String sql) {
        return em.createNativeQuery(sql).setParameter(1, who.admin())
                .setParameter(2, who.governments().toArray(Long[]::new))
                .setParameter(3, who.bureauCities().toArray(String[]::new));
    }
}
