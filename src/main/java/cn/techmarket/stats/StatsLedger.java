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
        Booking now = currentBooking(contractId);
        if (now == null) {
            return;
        }
        Object[] booked = bookedState(contractId);
        List<Steps.Row> rows = history(contractId);
        Map<Map.Entry<Booking, LocalDate>, Steps.Step> moves = new LinkedHashMap<>();
        if (booked != null) {
            long upto = ((Number) booked[1]).longValue();
            Booking before = (Booking) booked[0];
            Steps.of(rows.stream().filter(r -> r.id() <= upto).toList())
                    .forEach(s -> moves.merge(Map.entry(before, s.effectiveOn()), s.negate(), Steps.Step::plus));
        }
        Steps.of(rows).forEach(s -> moves.merge(Map.entry(now, s.effectiveOn()), s, Steps.Step::plus));
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

    private Booking currentBooking(long contractId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select registered_on, seller_region, buyer_region, trade_flag,"
                        + " contract_class, technical_field, seller_subject_type, buyer_subject_type, ip_type, point_id"
                        + " from tech_contract where id = ?1 and registered_on is not null and point_id is not null")
                .setParameter(1, contractId).getResultList();
        return found.isEmpty() ? null : booking(found.get(0), true);
    }

    private Object[] bookedState(long contractId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select reg_month, seller_region, buyer_region, trade_flag,"
                        + " contract_class, technical_field, seller_subject_type, buyer_subject_type, ip_type, point_id,"
                        + " booked_upto from stats_contract where contract_id = ?1")
                .setParameter(1, contractId).getResultList();
        return found.isEmpty() ? null : new Object[]{booking(found.get(0), false), found.get(0)[10]};
    }

    private static Booking booking(Object[] r, boolean registeredOn) {
        LocalDate day = toDate(r[0]);
        return new Booking(registeredOn ? day.withDayOfMonth(1) : day, (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], ((Number) r[9]).longValue());
    }

    private List<Steps.Row> history(long contractId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select id, revision, effective_on, kind, total_amount, tech_amount"
                        + " from contract_amount_history where contract_id = ?1")
                .setParameter(1, contractId).getResultList();
        return found.stream().map(r -> new Steps.Row(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                toDate(r[2]), "CANCELLED".equals(r[3]), (BigDecimal) r[4], (BigDecimal) r[5])).toList();
    }

    private void post(long contractId, Booking b, Steps.Step s) {
        LocalDate effMonth = s.effectiveOn().withDayOfMonth(1);
        bind(em.createNativeQuery("insert into stats_ledger (contract_id, effective_on, reg_month, seller_region,"
                + " buyer_region, trade_flag, contract_class, technical_field, seller_subject_type, buyer_subject_type,"
                + " ip_type, point_id, d_count, d_total, d_tech) values (?1, ?2, ?3, cast(?4 as varchar),"
                + " cast(?5 as varchar), ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"), contractId, s.effectiveOn(),
                b.regMonth(), b.sellerRegion(), b.buyerRegion(), b.tradeFlag(), b.contractClass(), b.technicalField(),
                b.sellerSubjectType(), b.buyerSubjectType(), b.ipType(), b.pointId(), (int) s.count(), s.total(),
                s.tech()).executeUpdate();
        bind(em.createNativeQuery("insert into stats_month_flow (reg_month, eff_month, seller_region, buyer_region,"
                + " d_count, d_total, d_tech) values (?1, ?2, cast(?3 as varchar), cast(?4 as varchar), ?5, ?6, ?7)"
                + " on conflict (reg_month, eff_month, seller_region, buyer_region) do update set"
                + " d_count = stats_month_flow.d_count + excluded.d_count,"
                + " d_total = stats_month_flow.d_total + excluded.d_total,"
                + " d_tech = stats_month_flow.d_tech + excluded.d_tech"), b.regMonth(), effMonth, b.sellerRegion(),
                b.buyerRegion(), s.count(), s.total(), s.tech()).executeUpdate();
        StringBuilder dims = new StringBuilder();
        List<Object> params = new ArrayList<>(List.of(b.regMonth(), effMonth, s.count(), s.total(), s.tech()));
        for (Dimension d : Dimension.values()) {
            params.add(d.name());
            params.add(b.value(d));
            dims.append(dims.isEmpty() ? "" : ", ").append("(?").append(params.size() - 1)
                    .append(", cast(?").append(params.size()).append(" as varchar))");
        }
        params.add(b.sellerRegion());
        params.add(b.buyerRegion());
        int seller = params.size() - 1;
        bind(em.createNativeQuery("insert into stats_month_dim (reg_month, eff_month, side, region, dim, val, d_count,"
                + " d_total, d_tech) select ?1, ?2, s.side, s.region, d.dim, d.val, ?3, ?4, ?5"
                + " from (values ('S', cast(?" + seller + " as varchar)), ('B', cast(?" + (seller + 1)
                + " as varchar))) s(side, region) cross join (values " + dims + ") d(dim, val)"
                + " on conflict (reg_month, eff_month, side, region, dim, val) do update set"
                + " d_count = stats_month_dim.d_count + excluded.d_count,"
                + " d_total = stats_month_dim.d_total + excluded.d_total,"
                + " d_tech = stats_month_dim.d_tech + excluded.d_tech"), params.toArray()).executeUpdate();
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
