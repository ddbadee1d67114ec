package cn.techmarket.broker;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A broker's record, computed from their deals and never typed in: deals carried, open, signed (签约 or 已登记),
 * registered, terminated, the turnover of signed deals (成交额, exact yuan), and the win rate: signed among the deals
 * that have ended (signed or terminated), in percent.
 */
public record TrackRecord(long deals, long open, long signed, long registered, long terminated, BigDecimal turnover,
                          BigDecimal winRate) {

    static TrackRecord of(long brokerId) {
        Object[] row = (Object[]) Deal.getEntityManager().createNativeQuery("""
                        select count(*),
                               count(*) filter (where stage in ('LEAD','DOCKING','NEGOTIATION')),
                               count(*) filter (where stage in ('SIGNED','REGISTERED')),
                               count(*) filter (where stage = 'REGISTERED'),
                               count(*) filter (where stage = 'TERMINATED'),
                               coalesce(sum(amount) filter (where stage in ('SIGNED','REGISTERED')), 0)
                        from deal where broker_id = ?1""")
                .setParameter(1, brokerId).getSingleResult();
        long signed = n(row[2]), terminated = n(row[4]);
        BigDecimal turnover = ((BigDecimal) row[5]).setScale(2, RoundingMode.UNNECESSARY);
        return new TrackRecord(n(row[0]), n(row[1]), signed, n(row[3]), terminated, turnover,
                Dashboard.percent(signed, signed + terminated));
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
