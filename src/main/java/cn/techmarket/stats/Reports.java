package cn.techmarket.stats;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Frozen reports: the figures of every table of a month's or a year's dashboard, stored as they stood when frozen.
 * Stored rows are never updated; a later correction shows as a revision against them.
 */
@ApplicationScoped
public class Reports {
    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;

    @Transactional
    public long freeze(Dashboard d, String by) {
        Number existing = (Number) em.createNativeQuery("select count(*) from stats_report where scope = ?1 and period = ?2")
                .setParameter(1, d.scope().code()).setParameter(2, d.period().text()).getSingleResult();
        if (existing.longValue() > 0) {
            throw new RuleViolation("report-frozen", d.scope().code() + " " + d.period().text());
        }
        long id = ((Number) em.createNativeQuery("insert into stats_report (scope, period, as_of, frozen_at, frozen_by)"
                        + " values (?1, ?2, ?3, now(), ?4) returning id")
                .setParameter(1, d.scope().code()).setParameter(2, d.period().text())
                .setParameter(3, java.sql.Date.valueOf(d.asOf())).setParameter(4, by).getSingleResult()).longValue();
        for (Map.Entry<String, Figure> e : rows(d).entrySet()) {
            em.createNativeQuery("insert into stats_report_figure (report_id, row_key, count, total, tech)"
                            + " values (?1, ?2, ?3, ?4, ?5)").setParameter(1, id).setParameter(2, e.getKey())
                    .setParameter(3, e.getValue().count()).setParameter(4, e.getValue().total())
                    .setParameter(5, e.getValue().tech()).executeUpdate();
        }
        audit.record("stats.report.frozen", "stats_report", id, null,
                Map.of("scope", d.scope().code(), "period", d.period().text(), "asOf", d.asOf().toString()));
        return id;
    }

    /** The report frozen for this scope and period, compared with the dashboard {@code now}. */
    public Optional<FrozenReport> of(Dashboard now) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select id, as_of, frozen_at, frozen_by from stats_report"
                        + " where scope = ?1 and period = ?2").setParameter(1, now.scope().code())
                .setParameter(2, now.period().text()).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = found.get(0);
        long id = ((Number) r[0]).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> figures = em.createNativeQuery("select row_key, count, total, tech from stats_report_figure"
                + " where report_id = ?1").setParameter(1, id).getResultList();
        Map<String, Figure> frozen = new LinkedHashMap<>();
        figures.forEach(f -> frozen.put((String) f[0],
                new Figure(((Number) f[1]).longValue(), (BigDecimal) f[2], (BigDecimal) f[3])));
        Map<String, Figure> current = rows(now);
        Map<String, String> labels = labels(now);
        List<FrozenReport.Revision> rows = new ArrayList<>();
        // frozen reports keep the 输出 breakdowns; a dashboard showing the 吸纳 ones compares only the other tables
        frozen.keySet().removeIf(k -> now.flow() != BreakdownFlow.OUTPUT && isBreakdown(k));
        current.keySet().removeIf(k -> k.startsWith(BreakdownFlow.ABSORBED.name() + "."));
        frozen.forEach((k, f) -> rows.add(new FrozenReport.Revision(k, labels.getOrDefault(k, k), f,
                current.getOrDefault(k, Figure.ZERO))));
        current.forEach((k, f) -> {
            if (!frozen.containsKey(k) && !f.isZero()) {
                rows.add(new FrozenReport.Revision(k, labels.getOrDefault(k, k), Figure.ZERO, f));
            }
        });
        return Optional.of(new FrozenReport(id, now.scope().code(), now.period().text(), toDate(r[1]),
                toTime(r[2]), (String) r[3], rows));
    }

    /** Every figure of the tables that belong to the period (the trend covers the whole year, so it is left out). */
    private static Map<String, Figure> rows(Dashboard d) {
        Map<String, Figure> out = new LinkedHashMap<>();
        d.tables().stream().filter(t -> !t.key().equals("trend"))
                .forEach(t -> t.rows().forEach(r -> out.put(r.key(), r.current())));
        return out;
    }

    private static boolean isBreakdown(String key) {
        String prefix = key.substring(0, Math.max(0, key.indexOf(':')));
        return java.util.Arrays.stream(Dimension.values()).anyMatch(d -> d.name().equals(prefix));
    }

    private static Map<String, String> labels(Dashboard d) {
        Map<String, String> out = new LinkedHashMap<>();
        d.tables().forEach(t -> t.rows().forEach(r -> out.put(r.key(), t.title() + " · " + r.label())));
        return out;
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }

    private static OffsetDateTime toTime(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
    }
}
