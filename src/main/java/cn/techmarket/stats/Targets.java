package cn.techmarket.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Targets and GDP (stats_target, stats_gdp): progress against each target and against the time elapsed. */
@ApplicationScoped
public class Targets {
    @Inject
    EntityManager em;
    @Inject
    cn.techmarket.audit.AuditTrail audit;

    /** {@code year} is the scope's figures over the target's year, as of {@code asOf}. */
    List<TargetProgress> progress(Scope scope, int year, LocalDate asOf, Figure published, Figure output,
                                  Figure absorbed, StatsMessages text) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select metric, target, source from stats_target"
                + " where coalesce(region_code, group_code) = ?1 and year = ?2 order by metric")
                .setParameter(1, scope.code()).setParameter(2, year).getResultList();
        BigDecimal elapsed = elapsed(year, asOf);
        List<TargetProgress> out = new ArrayList<>();
        for (Object[] r : rows) {
            TargetMetric metric = TargetMetric.valueOf((String) r[0]);
            BigDecimal target = (BigDecimal) r[1];
            BigDecimal actual = metric == TargetMetric.ABSORBED_GDP_PERCENT
                    ? gdpShare(scope.code(), year, absorbed.total()) : metric.amount(published, output, absorbed);
            BigDecimal progress = actual == null ? null
                    : actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
            out.add(new TargetProgress(metric.name(), text.metric_name(metric.name()), year, target, actual, progress,
                    elapsed, (String) r[2]));
        }
        return out;
    }

    /** 吸纳 成交额 as a percentage of the year's GDP, two decimals; null without a GDP figure. */
    private BigDecimal gdpShare(String region, int year, BigDecimal absorbed) {
        @SuppressWarnings("unchecked")
        List<BigDecimal> gdp = em.createNativeQuery("select gdp from stats_gdp where region_code = ?1 and year = ?2")
                .setParameter(1, region).setParameter(2, year).getResultList();
        return gdp.isEmpty() ? null : absorbed.multiply(BigDecimal.valueOf(100)).divide(gdp.get(0), 2, RoundingMode.HALF_UP);
    }

    /** Share of the year passed by the as-of date (the as-of day counted), per cent. */
    static BigDecimal elapsed(int year, LocalDate asOf) {
        LocalDate first = LocalDate.of(year, 1, 1);
        if (asOf.isBefore(first)) {
            return BigDecimal.ZERO.setScale(1);
        }
        long days = Math.min(ChronoUnit.DAYS.between(first, asOf) + 1, Year.of(year).length());
        return BigDecimal.valueOf(days * 100).divide(BigDecimal.valueOf(Year.of(year).length()), 1, RoundingMode.HALF_UP);
    }

    /** A target as entered: a region or group code, the year, what it measures and how much. */
    public record Entry(String scope, int year, TargetMetric metric, BigDecimal target, String source) {
    }

    /** The targets entered, newest year first, for the page that edits them. */
    @Transactional
    public List<Entry> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select coalesce(region_code, group_code), year, metric, target,"
                + " source from stats_target order by year desc, 1, metric").getResultList();
        return rows.stream().map(r -> new Entry((String) r[0], ((Number) r[1]).intValue(),
                TargetMetric.valueOf((String) r[2]), (BigDecimal) r[3], (String) r[4])).toList();
    }

    /** GDP entered per region and year, newest year first. */
    @Transactional
    public List<Object[]> gdps() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select region_code, year, gdp, source from stats_gdp"
                + " order by year desc, region_code").getResultList();
        return rows;
    }

    /** Adds the target or replaces the one for the same scope, year and metric; audited with the old value. */
    @Transactional
    public void save(Scope scope, Entry e, String by) {
        Entry before = all().stream().filter(t -> t.scope().equals(scope.code()) && t.year() == e.year()
                && t.metric() == e.metric()).findFirst().orElse(null);
        Number id = (Number) em.createNativeQuery("insert into stats_target (region_code, group_code, year, metric,"
                        + " target, source) values (cast(?1 as varchar), cast(?2 as varchar), ?3, ?4, ?5, ?6)"
                        + " on conflict (region_code, group_code, year, metric) do update set target = excluded.target,"
                        + " source = excluded.source returning id")
                .setParameter(1, scope.group() ? null : scope.code()).setParameter(2, scope.group() ? scope.code() : null)
                .setParameter(3, e.year()).setParameter(4, e.metric().name()).setParameter(5, e.target())
                .setParameter(6, e.source()).getSingleResult();
        audit.record("stats.target.saved", "stats_target", id.longValue(), before,
                new Entry(scope.code(), e.year(), e.metric(), e.target(), e.source()));
    }

    /** GDP of a region and year (from the statistical bulletin), replacing an earlier figure; audited. */
    @Transactional
    public void setGdp(String region, int year, BigDecimal gdp, String source) {
        @SuppressWarnings("unchecked")
        List<BigDecimal> old = em.createNativeQuery("select gdp from stats_gdp where region_code = ?1 and year = ?2")
                .setParameter(1, region).setParameter(2, year).getResultList();
        em.createNativeQuery("insert into stats_gdp (region_code, year, gdp, source) values (?1, ?2, ?3, cast(?4 as varchar))"
                        + " on conflict (region_code, year) do update set gdp = excluded.gdp, source = excluded.source")
                .setParameter(1, region).setParameter(2, year).setParameter(3, gdp).setParameter(4, source)
                .executeUpdate();
        audit.record("stats.gdp.saved", "stats_gdp", region + "/" + year,
                old.isEmpty() ? null : java.util.Map.of("gdp", old.get(0)), java.util.Map.of("gdp", gdp,
                        "source", source == null ? "" : source));
    }
}
