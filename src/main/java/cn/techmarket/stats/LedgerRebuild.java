package cn.techmarket.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;

/**
 * Rebuilds the summary tables from contract_amount_history in a few set-based statements: after a bulk load that
 * bypassed the event (the benchmark, a restore), or to check the incremental path. The SQL states the same rule as
 * {@link Steps}: per contract, ordered by effective date then revision, each row's figures minus the previous row's.
 */
@ApplicationScoped
public class LedgerRebuild {
    @Inject
    EntityManager em;

    /** A rebuild of a million contracts takes minutes on a small machine: longer than the default transaction timeout. */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public void rebuild() {
        em.createNativeQuery("truncate stats_ledger, stats_reg_flow, stats_reg_dim, stats_city_flow, stats_city_dim, stats_contract").executeUpdate();
        em.createNativeQuery("""
                insert into stats_ledger (contract_id, effective_on, reg_month, seller_region, buyer_region, trade_flag,
                  contract_class, technical_field, seller_subject_type, buyer_subject_type, ip_type, point_id,
                  d_count, d_total, d_tech)
                select s.contract_id, s.effective_on, date_trunc('month', c.registered_on)::date, c.seller_region,
                  c.buyer_region, c.trade_flag, c.contract_class, c.technical_field, c.seller_subject_type,
                  c.buyer_subject_type, c.ip_type, c.point_id, sum(s.dc), sum(s.dt), sum(s.dk)
                from (select contract_id, effective_on,
                        cnt - lag(cnt, 1, 0) over w as dc, tot - lag(tot, 1, 0::numeric) over w as dt,
                        tech - lag(tech, 1, 0::numeric) over w as dk
                      from (select contract_id, effective_on, revision,
                              case when kind = 'CANCELLED' then 0 else 1 end as cnt,
                              case when kind = 'CANCELLED' then 0 else total_amount end as tot,
                              case when kind = 'CANCELLED' then 0 else tech_amount end as tech
                            from contract_amount_history) h
                      window w as (partition by contract_id order by effective_on, revision)) s
                join tech_contract c on c.id = s.contract_id
                where c.registered_on is not null and c.point_id is not null
                group by s.contract_id, s.effective_on, c.id
                having sum(s.dc) <> 0 or sum(s.dt) <> 0 or sum(s.dk) <> 0""").executeUpdate();
        em.createNativeQuery("""
                insert into stats_reg_flow (reg_month, seller_region, buyer_region, d_count, d_total, d_tech)
                select reg_month, seller_region, buyer_region, sum(d_count), sum(d_total), sum(d_tech)
                from stats_ledger group by 1, 2, 3""").executeUpdate();
        em.createNativeQuery("""
                insert into stats_reg_dim (reg_month, side, region, dim, val, d_count, d_total, d_tech)
                select l.reg_month, s.side, s.region, d.dim, d.val,
                  sum(l.d_count), sum(l.d_total), sum(l.d_tech)
                from stats_ledger l
                cross join lateral (values ('S', l.seller_region), ('B', l.buyer_region)) s(side, region)
                cross join lateral (values ('CLASS', l.contract_class), ('FIELD', l.technical_field),
                  ('SELLER_TYPE', l.seller_subject_type), ('BUYER_TYPE', l.buyer_subject_type), ('IP', l.ip_type),
                  ('TRADE', l.trade_flag), ('POINT', l.point_id::text)) d(dim, val)
                group by 1, 2, 3, 4, 5""").executeUpdate();
        em.createNativeQuery("insert into stats_city_flow (reg_month, seller_city, buyer_city, d_count, d_total, d_tech)"
                + " select f.reg_month, " + StatsLedger.cityOf("rs", "f.seller_region") + ", "
                + StatsLedger.cityOf("rb", "f.buyer_region") + ", sum(f.d_count), sum(f.d_total), sum(f.d_tech)"
                + " from stats_reg_flow f left join region rs on rs.code = f.seller_region"
                + " left join region rb on rb.code = f.buyer_region group by 1, 2, 3").executeUpdate();
        em.createNativeQuery("insert into stats_city_dim (reg_month, side, city, dim, val, d_count, d_total, d_tech)"
                + " select d.reg_month, d.side, " + StatsLedger.cityOf("r", "d.region") + ", d.dim, d.val,"
                + " sum(d.d_count), sum(d.d_total), sum(d.d_tech)"
                + " from stats_reg_dim d left join region r on r.code = d.region group by 1, 2, 3, 4, 5").executeUpdate();
        em.createNativeQuery("""
                insert into stats_contract (contract_id, reg_month, seller_region, buyer_region, trade_flag,
                  contract_class, technical_field, seller_subject_type, buyer_subject_type, ip_type, point_id, booked_upto)
                select c.id, date_trunc('month', c.registered_on)::date, c.seller_region, c.buyer_region, c.trade_flag,
                  c.contract_class, c.technical_field, c.seller_subject_type, c.buyer_subject_type, c.ip_type,
                  c.point_id, max(h.id)
                from tech_contract c join contract_amount_history h on h.contract_id = c.id
                where c.registered_on is not null and c.point_id is not null
                group by c.id""").executeUpdate();
    }
}
