package cn.techmarket.stats;

import cn.techmarket.reference.ReferenceNames;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Assembles the dashboard's tables from the summary-table queries: flows, trend, regions, breakdowns, targets. */
@ApplicationScoped
public class DashboardBuilder {
    @Inject
    FigureQueries queries;
    @Inject
    Targets targets;
    @Inject
    ReferenceNames names;
    @Inject
    EntityManager em;

    static final List<String> FLOWS = List.of("OUTPUT", "ABSORBED", "INTERNAL", "PUBLISHED", "DISTINCT");

    public Dashboard build(Scope scope, Period period, LocalDate asOf, Locale locale) {
        StatsMessages text = MessageBundles.get(StatsMessages.class, Localized.Literal.of(locale.toLanguageTag()));
        List<FigureQueries.Pair> now = queries.pairs(scope, period, asOf);
        List<FigureQueries.Pair> before = queries.pairs(scope, period.lastYear(), asOf);
        Map<String, Figure> flowsNow = flows(scope, now);
        List<StatsTable> tables = new ArrayList<>();
        tables.add(new StatsTable("flows", text.t_flows(), rows(FLOWS, flowsNow, flows(scope, before),
                k -> "flow:" + k, k -> Labels.of(k, locale))));
        tables.add(trend(scope, period, asOf, text, locale));
        tables.add(regions(scope, now, before, text, locale));
        Map<Dimension, Map<String, Figure>> dimsNow = queries.breakdowns(scope, 'S', period, asOf);
        Map<Dimension, Map<String, Figure>> dimsBefore = queries.breakdowns(scope, 'S', period.lastYear(), asOf);
        Map<String, String> points = pointNames();
        for (Dimension d : Dimension.values()) {
            Set<String> keys = new LinkedHashSet<>(dimsNow.get(d).keySet());
            keys.addAll(dimsBefore.get(d).keySet());
            tables.add(new StatsTable(d.name(), dimTitle(d, text),
                    rows(List.copyOf(keys), dimsNow.get(d), dimsBefore.get(d), k -> d.name() + ":" + k,
                            k -> d == Dimension.POINT ? points.getOrDefault(k, k) : Labels.of(k, locale))));
        }
        Map<String, Figure> year = period.kind() == Period.Kind.YEAR ? flowsNow
                : flows(scope, queries.pairs(scope, Period.parse(String.valueOf(period.year()), asOf), asOf));
        List<TargetProgress> progress = targets.progress(scope.regionCode(), period.year(), asOf,
                year.get("PUBLISHED"), year.get("OUTPUT"), year.get("ABSORBED"), text, locale);
        return new Dashboard(scope, period, asOf, tables, progress);
    }

    /** 输出, 吸纳, 内部, 输出+吸纳 and the distinct total of the scope from the region pairs. */
    static Map<String, Figure> flows(Scope scope, List<FigureQueries.Pair> pairs) {
        Map<String, Figure> out = new LinkedHashMap<>();
        FLOWS.forEach(k -> out.put(k, Figure.ZERO));
        for (FigureQueries.Pair p : pairs) {
            boolean s = scope.covers(p.seller());
            boolean b = scope.covers(p.buyer());
            if (s) out.merge("OUTPUT", p.figure(), Figure::plus);
            if (b) out.merge("ABSORBED", p.figure(), Figure::plus);
            if (s && b) out.merge("INTERNAL", p.figure(), Figure::plus);
            if (s || b) out.merge("DISTINCT", p.figure(), Figure::plus);
        }
        out.put("PUBLISHED", out.get("OUTPUT").plus(out.get("ABSORBED")));
        return out;
    }

    private StatsTable trend(Scope scope, Period period, LocalDate asOf, StatsMessages text, Locale locale) {
        Period year = Period.parse(String.valueOf(period.year()), asOf);
        Map<String, Figure> now = monthly(queries.months(scope, year, asOf), 0);
        Map<String, Figure> before = monthly(queries.months(scope, year.lastYear(), asOf), 1);
        List<String> keys = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            keys.add(YearMonth.of(period.year(), m) + ":OUTPUT");
            keys.add(YearMonth.of(period.year(), m) + ":ABSORBED");
        }
        return new StatsTable("trend", text.t_trend(period.year()), rows(keys, now, before, k -> "month:" + k,
                k -> k.substring(0, 7) + " " + Labels.of(k.substring(8), locale)));
    }

    /** Keyed by the month of this year (a row of last year is shifted by {@code yearsBack}) and OUTPUT/ABSORBED. */
    private static Map<String, Figure> monthly(List<FigureQueries.MonthCell> cells, int yearsBack) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (FigureQueries.MonthCell c : cells) {
            String month = c.month().plusYears(yearsBack).toString();
            if (c.seller()) out.merge(month + ":OUTPUT", c.figure(), Figure::plus);
            if (c.buyer()) out.merge(month + ":ABSORBED", c.figure(), Figure::plus);
        }
        return out;
    }

    private StatsTable regions(Scope scope, List<FigureQueries.Pair> now, List<FigureQueries.Pair> before,
                               StatsMessages text, Locale locale) {
        Map<String, Figure> a = byPart(scope, now);
        Map<String, Figure> b = byPart(scope, before);
        List<String> keys = new ArrayList<>();
        for (String part : scope.parts()) {
            keys.add(part + ":OUTPUT");
            keys.add(part + ":ABSORBED");
        }
        return new StatsTable("regions", text.t_regions(), rows(keys, a, b, k -> "region:" + k,
                k -> names.of(k.substring(0, 6), locale) + " " + Labels.of(k.substring(7), locale)));
    }

    private static Map<String, Figure> byPart(Scope scope, List<FigureQueries.Pair> pairs) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (FigureQueries.Pair p : pairs) {
            String seller = p.seller() == null ? null : scope.partOf().get(p.seller());
            String buyer = p.buyer() == null ? null : scope.partOf().get(p.buyer());
            if (seller != null) out.merge(seller + ":OUTPUT", p.figure(), Figure::plus);
            if (buyer != null) out.merge(buyer + ":ABSORBED", p.figure(), Figure::plus);
        }
        return out;
    }

    private static List<StatsRow> rows(List<String> keys, Map<String, Figure> now, Map<String, Figure> before,
                                       Function<String, String> key,
                                       Function<String, String> label) {
        return keys.stream().map(k -> new StatsRow(key.apply(k), label.apply(k), now.getOrDefault(k, Figure.ZERO),
                before.getOrDefault(k, Figure.ZERO))).toList();
    }

    private static String dimTitle(Dimension d, StatsMessages text) {
        return switch (d) {
            case CLASS -> text.t_CLASS();
            case FIELD -> text.t_FIELD();
            case SELLER_TYPE -> text.t_SELLER_TYPE();
            case BUYER_TYPE -> text.t_BUYER_TYPE();
            case IP -> text.t_IP();
            case TRADE -> text.t_TRADE();
            case POINT -> text.t_POINT();
        };
    }

    private Map<String, String> pointNames() {
        Map<String, String> out = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name_zh from registration_point").getResultList();
        rows.forEach(r -> out.put(String.valueOf(r[0]), (String) r[1]));
        return out;
    }
}
