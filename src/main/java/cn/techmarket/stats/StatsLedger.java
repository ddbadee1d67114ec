package cn.techmarket.stats;

import cn.techmarket.contract.ContractRegistryChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The only writer of the summary tables. It observes every amount-history row the contract feature appends, inside
 * that transaction, so the figures commit or roll back with the registration, change or cancellation. Each call
 * reconciles the whole contract: what was booked (its rows up to {@code booked_upto}, under the dimensions it was
 * booked with) is taken back and its full current history booked again; only the differences reach the tables.
 */
@ApplicationScoped
public class StatsLedger {
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    void onRegistryChanged(@Observes ContractRegistryChanged event) {
        book(event.contractId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void book(long contractId) {
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select c.registered_on, c.seller_region, c.buyer_region,"
                        + " c.trade_flag, c.contract_class, c.technical_field, c.seller_subject_type,"
                        + " c.buyer_subject_type, c.ip_type, c.point_id, s.reg_month, s.seller_region, s.buyer_region,"
                        + " s.trade_flag, s.contract_class, s.technical_field, s.seller_subject_type,"
                        + " s.buyer_subject_type, s.ip_type, s.point_id, s.booked_upto from tech_contract c"
                        + " left join stats_contract s on s.contract_id = c.id"
                        + " where c.id = ?1 and c.registered_on is not null and c.point_id is not null")
                .setParameter(1, contractId).getResultList();
        if (found.isEmpty()) {
            return;
        }
        Object[] r = found.get(0);
        Booking now = booking(r, 0, true);
        List<Steps.Row> rows = history(contractId);
        Map<Map.Entry<Booking, LocalDate>, Steps.Step> moves = new LinkedHashMap<>();
        if (r[20] != null) {
            long upto = ((Number) r[20]).longValue();
            Booking before = booking(r, 10, false);
            Steps.of(rows.stream().filter(h -> h.id() <= upto).toList())
                    .forEach(st -> moves.merge(Map.entry(before, st.effectiveOn()), st.negate(), Steps.Step::plus));
        }
        Steps.of(rows).forEach(st -> moves.merge(Map.entry(now, st.effectiveOn()), st, Steps.Step::plus));
        List<Map.Entry<Map.Entry<Booking, LocalDate>, Steps.Step>> ordered = new ArrayList<>(moves.entrySet());
        // a fixed order of upserts, so two registrations touching the same summary rows cannot deadlock
        ordered.sort(Comparator.comparing(e -> e.getKey().getKey().toString() + e.getKey().getValue()));
        for (var e : ordered) {
            if (!e.getValue().isZero()) {
                post(contractId, e.getKey().getKey(), e.getValue());
            }
        }
        long upto = rows.stream().mapToLong(Steps.Row::id).max().orElse(0);
        remember(contractId, now, upto);
    }

    /** The ten dimension columns from {@code first} on; the first is registered_on (or the stored month). */
    private static Booking booking(Object[] r, int first, boolean registeredOn) {
        LocalDate day = toDate(r[first]);
        return new Booking(registeredOn ? day.withDayOfMonth(1) : day, (String) r[first + 1], (String) r[first + 2],
                (String) r[first + 3], (String) r[first + 4], (String) r[first + 5], (String) r[first + 6],
                (String) r[first + 7], (String) r[first + 8], ((Number) r[first + 9]).longValue());
    }

    private List<Steps.Row> history(long contractId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select id, revision, effective_on, kind, total_amount, tech_amount"
                        + " from contract_amount_history where contract_id = ?1")
                .setParameter(1, contractId).getResultList();
        return found.stream().map(r -> new Steps.Row(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                toDate(r[2]), "CANCELLED".equals(r[3]), (BigDecimal) r[4], (BigDecimal) r[5])).toList();
    }

    /** One step into the ledger and the registration-month tables, in one statement (one round trip). */
    private void post(long contractId, Booking b, Steps.Step s) {
        List<Object> params = new ArrayList<>(List.of(contractId, s.effectiveOn(), b.regMonth()));
        params.addAll(java.util.Arrays.asList(b.sellerRegion(), b.buyerRegion()));
        params.addAll(List.of(b.tradeFlag(), b.contractClass(), b.technicalField(), b.sellerSubjectType(),
                b.buyerSubjectType(), b.ipType(), b.pointId(), s.count(), s.total(), s.tech()));
        StringBuilder dims = new StringBuilder();
        for (Dimension d : Dimension.values()) {
            params.add(d.name());
            params.add(b.value(d));
            dims.append(dims.isEmpty() ? "" : ", ").append("(cast(?").append(params.size() - 1)
                    .append(" as varchar), cast(?").append(params.size()).append(" as varchar))");
        }
        bind(em.createNativeQuery("with ledger as (insert into stats_ledger (contract_id, effective_on, reg_month,"
                + " seller_region, buyer_region, trade_flag, contract_class, technical_field, seller_subject_type,"
                + " buyer_subject_type, ip_type, point_id, d_count, d_total, d_tech) values (?1, ?2, ?3,"
                + " cast(?4 as varchar), cast(?5 as varchar), ?6, ?7, ?8, ?9, ?10, ?11, ?12, cast(?13 as int), ?14, ?15)),"
                + " flow as (insert into stats_reg_flow (reg_month, seller_region, buyer_region, d_count,"
                + " d_total, d_tech) values (?3, cast(?4 as varchar), cast(?5 as varchar), ?13, ?14, ?15)"
                + " on conflict (reg_month, seller_region, buyer_region) do update set"
                + " d_count = stats_reg_flow.d_count + excluded.d_count,"
                + " d_total = stats_reg_flow.d_total + excluded.d_total,"
                + " d_tech = stats_reg_flow.d_tech + excluded.d_tech),"
                + " city_flow as (insert into stats_city_flow (reg_month, seller_city, buyer_city, d_count, d_total,"
                + " d_tech) select ?3, " + cityOf("rs", "cast(?4 as varchar)") + ", " + cityOf("rb", "cast(?5 as varchar)")
                + ", ?13, ?14, ?15 from (values (1)) one"
                + " left join region rs on rs.code = cast(?4 as varchar) left join region rb on rb.code = cast(?5 as varchar)"
                + " on conflict (reg_month, seller_city, buyer_city) do update set"
                + " d_count = stats_city_flow.d_count + excluded.d_count,"
                + " d_total = stats_city_flow.d_total + excluded.d_total,"
                + " d_tech = stats_city_flow.d_tech + excluded.d_tech),"
                + " dim as (insert into stats_reg_dim (reg_month, side, region, dim, val, d_count, d_total, d_tech)"
                + " select ?3, s.side, s.region, d.dim, d.val, ?13, ?14, ?15"
                + " from (values ('S', cast(?4 as varchar)), ('B', cast(?5 as varchar))) s(side, region)"
                + " cross join (values " + dims + ") d(dim, val)"
                + " on conflict (reg_month, side, region, dim, val) do update set"
                + " d_count = stats_reg_dim.d_count + excluded.d_count,"
                + " d_total = stats_reg_dim.d_total + excluded.d_total,"
                + " d_tech = stats_reg_dim.d_tech + excluded.d_tech)"
                + " insert into stats_city_dim (reg_month, side, city, dim, val, d_count, d_total, d_tech)"
                + " select ?3, s.side, " + cityOf("r", "s.region") + ", d.dim, d.val, ?13, ?14, ?15"
                + " from (values ('S', cast(?4 as varchar)), ('B', cast(?5 as varchar))) s(side, region)"
                + " left join region r on r.code = s.region"
                + " cross join (values " + dims + ") d(dim, val)"
                + " on conflict (reg_month, side, city, dim, val) do update set"
                + " d_count = stats_city_dim.d_count + excluded.d_count,"
                + " d_total = stats_city_dim.d_total + excluded.d_total,"
                + " d_tech = stats_city_dim.d_tech + excluded.d_tech"), params.toArray()).executeUpdate();
    }

    /**
     * The key a region's figures roll up to in the city tables, as SQL over the region row {@code alias} joined on the
     * code: a county counts under its city, any other region under itself (the rule of V63 and {@link CityRollup}).
     */
    static String cityOf(String alias, String regionColumn) {
        return "case when " + alias + ".level = 3 then " + alias + ".parent_code else " + regionColumn + " end";
    }

    private void remember(long contractId, Booking b, long upto) {
        bind(em.createNativeQuery("insert into stats_contract (contract_id, reg_month, seller_region, buyer_region,"
                + " trade_flag, contract_class, technical_field, seller_subject_type, buyer_subject_type, ip_type,"
                + " point_id, booked_upto) values (?1, ?2, cast(?3 as varchar), cast(?4 as varchar), ?5, ?6, ?7, ?8,"
                + " ?9, ?10, ?11, ?12) on conflict (contract_id) do update set reg_month = excluded.reg_month,"
                + " seller_region = excluded.seller_region, buyer_region = excluded.buyer_region,"
                + " trade_flag = excluded.trade_flag, contract_class = excluded.contract_class,"
                + " technical_field = excluded.technical_field, seller_subject_type = excluded.seller_subject_type,"
                + " buyer_subject_type = excluded.buyer_subject_type, ip_type = excluded.ip_type,"
                + " point_id = excluded.point_id, booked_upto = excluded.booked_upto"), contractId, b.regMonth(),
                b.sellerRegion(), b.buyerRegion(), b.tradeFlag(), b.contractClass(), b.technicalField(),
                b.sellerSubjectType(), b.buyerSubjectType(), b.ipType(), b.pointId(), upto).executeUpdate();
    }

    private static Query bind(Query q, Object... params) {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            q.setParameter(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
        }
        return q;
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
