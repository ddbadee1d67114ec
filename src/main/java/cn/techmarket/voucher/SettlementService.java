package cn.techmarket.voucher;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Monthly net statements per pair of cities; a bureau sees the pairs its city is in, the operator all. */
@ApplicationScoped
public class SettlementService {
    @Inject
    Jurisdiction who;
    @Inject
    Settlement settlement;
    @Inject
    AuditTrail audit;
    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Statement> month(LocalDate month) {
        LocalDate first = month.withDayOfMonth(1);
        List<Object[]> rows = em.createNativeQuery("""
                select g.a, g.b, g.a_owes, g.b_owes, g.n, exists (select 1 from voucher_settlement_close c
                         where c.month = ?1 and c.city_a = g.a and c.city_b = g.b)
                from (select least(debtor_city, creditor_city) a, greatest(debtor_city, creditor_city) b,
                             coalesce(sum(amount) filter (where debtor_city < creditor_city), 0) a_owes,
                             coalesce(sum(amount) filter (where debtor_city > creditor_city), 0) b_owes, count(*) n
                      from voucher_settlement_line where month = ?1 group by 1, 2) g
                order by 1, 2""").setParameter(1, first).getResultList();
        return rows.stream().map(r -> new Statement(first, (String) r[0], (String) r[1], (BigDecimal) r[2],
                        (BigDecimal) r[3], ((BigDecimal) r[2]).subtract((BigDecimal) r[3]), ((Number) r[4]).intValue(),
                        (Boolean) r[5]))
                .filter(s -> sees(s.cityA(), s.cityB())).toList();
    }

    public Statement pair(LocalDate month, String a, String b) {
        return month(month).stream().filter(s -> s.cityA().equals(min(a, b)) && s.cityB().equals(max(a, b)))
                .findFirst().orElseThrow(NotFoundException::new);
    }

    /** Closes the pair's month: from then on its lines are fixed; later bookings go to the next open month. */
    @Transactional
    public Statement close(LocalDate month, String a, String b) {
        LocalDate first = month.withDayOfMonth(1);
        if (!sees(a, b)) {
            throw new NotFoundException();
        }
        settlement.lockPair(a, b);
        if (settlement.closed(first, a, b)) {
            throw new RuleViolation("settlement-month-closed", first + " is closed for " + a + "/" + b);
        }
        Statement open = pair(first, a, b);
        em.createNativeQuery("insert into voucher_settlement_close (month, city_a, city_b, net_a_owes, closed_by) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, first).setParameter(2, open.cityA()).setParameter(3, open.cityB())
                .setParameter(4, open.netAOwesB()).setParameter(5, who.subject()).executeUpdate();
        Statement closed = new Statement(first, open.cityA(), open.cityB(), open.aOwesB(), open.bOwesA(),
                open.netAOwesB(), open.lines(), true);
        audit.record("settlement.closed", "voucher-settlement", first + ":" + open.cityA() + ":" + open.cityB(),
                Map.of("closed", false), closed);
        return closed;
    }

    private boolean sees(String a, String b) {
        return who.admin() || who.bureauCities().contains(a) || who.bureauCities().contains(b);
    }

    private static String min(String a, String b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) < 0 ? b : a;
    }
}
