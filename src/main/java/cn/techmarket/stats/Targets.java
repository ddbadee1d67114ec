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
import java.util.Locale;

/** Targets and GDP (stats_target, stats_gdp): progress against each target and against the time elapsed. */
@ApplicationScoped
public class Targets {
    @Inject
    EntityManager em;

    /** {@code year} is the scope's figures over the target's year, as of {@code asOf}. */
    List<TargetProgress> progress(String region, int year, LocalDate asOf, Figure published, Figure output,
                                  Figure absorbed, StatsMessages text, Locale locale) {
        if (region == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select metric, target, source from stats_target"
                + " where region_code = ?1 and year = ?2 order by metric").setParameter(1, region)
                .setParameter(2, year).getResultList();
        BigDecimal elapsed = elapsed(year, asOf);
        List<TargetProgress> out = new ArrayList<>();
        for (Object[] r : rows) {
            String metric = (String) r[0];
            BigDecimal target = (BigDecimal) r[1];
            BigDecimal actual = switch (metric) {
                case "PUBLISHED_TOTAL" -> published.total();
                case "OUTPUT_TOTAL" -> output.total();
                case "ABSORBED_TOTAL" -> absorbed.total();
                default -> gdpShare(region, year, absorbed.total());
            };
            BigDecimal progress = actual == null ? null
                    : actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
            out.add(new TargetProgress(metric, text.metric_name(metric), year, target, actual, progress, elapsed,
                    (String) r[2]));
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

    @Transactional
    public void setGdp(String region, int year, BigDecimal gdp, String source) {
        em.createNativeQuery("insert into stats_gdp (region_code, year, gdp, source) values (?1, ?2, ?3, cast(?4 as varchar))"
                        + " on conflict (region_code, year) do update set gdp = excluded.gdp, source = excluded.source")
                .setParameter(1, region).setParameter(2, year).setParameter(3, gdp).setParameter(4, source)
                .executeUpdate();
    }
}
