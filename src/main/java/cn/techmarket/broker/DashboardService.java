package cn.techmarket.broker;

import cn.techmarket.common.Clocks;
import cn.techmarket.common.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Loads a broker's deals (opened in the period, China dates, both days included) and their stays for {@link Dashboard}. */
@ApplicationScoped
public class DashboardService {
    @Inject
    BrokerService brokers;

    public Dashboard mine(LocalDate from, LocalDate to) {
        return of(brokers.requireMine().id, from, to);
    }

    Dashboard of(long brokerId, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "{broker.period.order}");
        }
        StringBuilder where = new StringBuilder("brokerId = ?1");
        List<Object> params = new ArrayList<>(List.of(brokerId));
        if (from != null) {
            params.add(from.atStartOfDay(Clocks.CHINA).toOffsetDateTime());
            where.append(" and createdAt >= ?").append(params.size());
        }
        if (to != null) {
            params.add(to.plusDays(1).atStartOfDay(Clocks.CHINA).toOffsetDateTime());
            where.append(" and createdAt < ?").append(params.size());
        }
        List<Deal> deals = Deal.list(where.toString(), params.toArray());
        Map<Long, List<DealStageStay>> stays = deals.isEmpty() ? Map.of()
                : DealStageStay.<DealStageStay>list("dealId in ?1 order by enteredAt, id",
                        deals.stream().map(d -> d.id).toList())
                .stream().collect(Collectors.groupingBy(s -> s.dealId));
        return Dashboard.of(from, to, deals, stays);
    }

}
