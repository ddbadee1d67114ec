package cn.techmarket.voucher;

import cn.techmarket.common.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-city settlement 跨市结算. The provider's city pays its providers (兑换 at the designated unit of its city);
 * whoever funds the programme owes it: the issuing city for a city programme, each member city by its contribution
 * ratio for a shared pool. Provincial programmes pay directly and book nothing. A line lands in the month of the
 * payment, or, if that month is closed for the pair, in the first open month after it.
 */
@ApplicationScoped
class Settlement {
    @Inject
    EntityManager em;

    /** A line as booked: the month it landed in, who owes whom, how much (negative for a correction). */
    record Line(LocalDate month, String debtorCity, String creditorCity, BigDecimal amount, String kind) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void book(Voucher v, Programme p, ProgrammeVersion terms, ServiceOrder order) {
        lines(v, p, terms, order, v.reserved, "REDEMPTION");
    }

    /**
     * A correction of a paid voucher: negative lines for the funders' shares of the amount taken back, from the
     * payment's month on, so that a closed month's statement stays as it was and the correction lands in the first
     * open month after it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Line> correct(Voucher v, Programme p, ProgrammeVersion terms, ServiceOrder order, BigDecimal amount) {
        return lines(v, p, terms, order, amount, "CORRECTION");
    }

    private List<Line> lines(Voucher v, Programme p, ProgrammeVersion terms, ServiceOrder order, BigDecimal amount,
                             String kind) {
        String creditor = order.providerCity;
        LocalDate month = v.paidAt.atZoneSameInstant(Clocks.CHINA).toLocalDate().withDayOfMonth(1);
        BigDecimal sign = "CORRECTION".equals(kind) ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        List<Line> booked = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> share : funders(p, terms, amount).entrySet()) {
            if (!share.getKey().equals(creditor) && share.getValue().signum() != 0) {
                BigDecimal signed = share.getValue().multiply(sign);
                LocalDate landed = insert(month, p.id, v.id, share.getKey(), creditor, signed, kind);
                booked.add(new Line(landed, share.getKey(), creditor, signed, kind));
            }
        }
        return booked;
    }

    /** Who funds an amount: shares to the fen that sum to it exactly (largest remainder, ties by city code). */
    static Map<String, BigDecimal> funders(Programme p, ProgrammeVersion terms, BigDecimal amount) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        switch (p.issuerKind) {
            case PROVINCE -> { }
            case CITY -> shares.put(p.issuerRegion, amount);
            case POOL -> {
                List<PoolShare> pool = new ArrayList<>(terms.poolShares);
                pool.sort(Comparator.comparing(PoolShare::city));
                BigDecimal given = BigDecimal.ZERO;
                Map<String, BigDecimal> remainders = new LinkedHashMap<>();
                for (PoolShare s : pool) {
                    BigDecimal exact = amount.multiply(s.ratio());
                    BigDecimal down = exact.setScale(2, RoundingMode.DOWN);
                    shares.put(s.city(), down);
                    remainders.put(s.city(), exact.subtract(down));
                    given = given.add(down);
                }
                int fens = amount.subtract(given).movePointRight(2).intValueExact();
                remainders.entrySet().stream()
                        .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(fens).forEach(e -> shares.merge(e.getKey(), new BigDecimal("0.01"), BigDecimal::add));
            }
        }
        return shares;
    }

    private LocalDate insert(LocalDate month, long programmeId, long voucherId, String debtor, String creditor,
                        BigDecimal amount, String kind) {
        lockPair(debtor, creditor);
        LocalDate open = month;
        while (closed(open, debtor, creditor)) {
            open = open.plusMonths(1);
        }
        em.createNativeQuery("""
                insert into voucher_settlement_line (month, programme_id, voucher_id, debtor_city, creditor_city, amount, kind, booked_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, open).setParameter(2, programmeId).setParameter(3, voucherId).setParameter(4, debtor)
                .setParameter(5, creditor).setParameter(6, amount).setParameter(7, kind)
                .setParameter(8, OffsetDateTime.now()).executeUpdate();
        return open;
    }

    /** Closing and booking for one pair of cities take turns, so no line slips into a month being closed. */
    void lockPair(String a, String b) {
        String pair = a.compareTo(b) < 0 ? a + b : b + a;
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('voucher-settlement:' || ?1))")
                .setParameter(1, pair).getSingleResult();
    }

    boolean closed(LocalDate month, String a, String b) {
        return !em.createNativeQuery("select 1 from voucher_settlement_close where month = ?1 and city_a = ?2 and city_b = ?3")
                .setParameter(1, month).setParameter(2, a.compareTo(b) < 0 ? a : b)
                .setParameter(3, a.compareTo(b) < 0 ? b : a).getResultList().isEmpty();
    }
}
