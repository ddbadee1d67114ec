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
        return build(scope, period, asOf, BreakdownFlow.OUTPUT, locale);
    }

    /**
     * Two statements whatever the period: the flows of both years by month and part (period, last year, the whole
     * year, the trend and the by-region table all come from it), and the breakdowns of both years.
     */
    public Dashboard build(Scope scope, Period period, LocalDate asOf, BreakdownFlow flow, Locale locale) {
        StatsMessages text = MessageBundles.get(StatsMessages.class, Localized.Literal.of(locale.toLanguageTag()));
        Period year = Period.parse(String.valueOf(period.year()), asOf);
        List<FigureQueries.Cell> cells = queries.cells(scope, year.lastYear().first(), year.last(), asOf);
        List<FigureQueries.Cell> now = in(cells, period);
        List<FigureQueries.Cell> before = in(cells, period.lastYear());
        Map<String, Figure> flowsNow = flows(now);
        List<StatsTable> tables = new ArrayList<>();
        tables.add(new StatsTable("flows", text.t_flows(), rows(FLOWS, flowsNow, flows(before),
                k -> "flow:" + k, k -> Labels.of(k, locale))));
        tables.add(trend(period, cells, text, locale));
        tables.add(regions(scope, now, before, text, locale));
        FigureQueries.Breakdowns dims = queries.breakdowns(scope, flow, period, asOf);
        Map<String, String> points = pointNames();
        for (Dimension d : Dimension.values()) {
            Set<String> keys = new LinkedHashSet<>(dims.now().get(d).keySet());
            keys.addAll(dims.before().get(d).keySet());
            String prefix = flow.keyPrefix(d);
            tables.add(new StatsTable(d.name(), dimTitle(d, flow == BreakdownFlow.OUTPUT ? text.output() : text.absorbed(), text),
                    rows(List.copyOf(keys), dims.now().get(d), dims.before().get(d), k -> prefix + ":" + k,
                            k -> d == Dimension.POINT ? points.getOrDefault(k, k) : Labels.of(k, locale))));
        }
        Map<String, Figure> whole = period.kind() == Period.Kind.YEAR ? flowsNow : flows(in(cells, year));
        List<TargetProgress> progress = targets.progress(scope, period.year(), asOf,
                whole.get("PUBLISHED"), whole.get("OUTPUT"), whole.get("ABSORBED"), text);
        return new Dashboard(scope, period, asOf, flow, tables, progress);
    }

    private static List<FigureQueries.Cell> in(List<FigureQueries.Cell> cells, Period period) {
        return cells.stream().filter(c -> period.contains(c.month())).toList();
    }

    /** 输出, 吸纳, 内部, 输出+吸纳 and the distinct total of the scope. */
    static Map<String, Figure> flows(List<FigureQueries.Cell> cells) {
        Map<String, Figure> out = new LinkedHashMap<>();
        FLOWS.forEach(k -> out.put(k, Figure.ZERO));
        for (FigureQueries.Cell c : cells) {
            if (c.seller()) out.merge("OUTPUT", c.figure(), Figure::plus);
            if (c.buyer()) out.merge("ABSORBED", c.figure(), Figure::plus);
            if (c.seller() && c.buyer()) out.merge("INTERNAL", c.figure(), Figure::plus);
            if (c.seller() || c.buyer()) out.merge("DISTINCT", c.figure(), Figure::plus);
        }
        out.put("PUBLISHED", out.get("OUTPUT").plus(out.get("ABSORBED")));
        return out;
    }

    /** The months of this year and last year's shifted onto them, 输出 and 吸纳. */
    private StatsTable trend(Period period, List<FigureQueries.Cell> cells, StatsMessages text, Locale locale) {
        Map<String, Figure> now = new LinkedHashMap<>();
        Map<String, Figure> before = new LinkedHashMap<>();
        for (FigureQueries.Cell c : cells) {
            boolean thisYear = c.month().getYear() == period.year();
            Map<String, Figure> into = thisYear ? now : before;
            String month = (thisYear ? c.month() : c.month().plusYears(1)).toString();
            if (c.seller()) into.merge(month + ":OUTPUT", c.figure(), Figure::plus);
            if (c.buyer()) into.merge(month + ":ABSORBED", c.figure(), Figure::plus);
        }
        List<String> keys = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            keys.add(YearMonth.of(period.year(), m) + ":OUTPUT");
            keys.add(YearMonth.of(period.year(), m) + ":ABSORBED");
        }
        return new StatsTable("trend", text.t_trend(period.year()), rows(keys, now, before, k -> "month:" + k,
                k -> k.substring(0, 7) + " " + Labels.of(k.substring(8), locale)));
    }

    private StatsTable regions(Scope scope, List<FigureQueries.Cell> now, List<FigureQueries.Cell> before,
                               StatsMessages text, Locale locale) {
        Map<String, Figure> a = byPart(now);
        Map<String, Figure> b = byPart(before);
        List<String> keys = new ArrayList<>();
        for (String part : scope.parts()) {
            keys.add(part + ":OUTPUT");
            keys.add(part + ":ABSORBED");
        }
        return new StatsTable("regions", text.t_regions(), rows(keys, a, b, k -> "region:" + k,
                k -> names.of(k.substring(0, 6), locale) + " " + Labels.of(k.substring(7), locale)));
    }

    private static Map<String, Figure> byPart(List<FigureQueries.Cell> cells) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (FigureQueries.Cell c : cells) {
            if (c.seller() && !c.sellerPart().isEmpty()) out.merge(c.sellerPart() + ":OUTPUT", c.figure(), Figure::plus);
            if (c.buyer() && !c.buyerPart().isEmpty()) out.merge(c.buyerPart() + ":ABSORBED", c.figure(), Figure::plus);
        }
        return out;
    }

    private static List<StatsRow> rows(List<String> keys, Map<String, Figure> now, Map<String, Figure> before,
                                       Function<String, String> key,
                                       Function<String, String> label) {
        return keys.stream().map(k -> new StatsRow(key.apply(k), label.apply(k), now.getOrDefault(k, Figure.ZERO),
                before.getOrDefault(k, Figure.ZERO))).toList();
    }

    private static String dimTitle(Dimension d, String flow, StatsMessages text) {
        return switch (d) {
            case CLASS -> text.t_CLASS(flow);
            case FIELD -> text.t_FIELD(flow);
            case SELLER_TYPE -> text.t_SELLER_TYPE(flow);
            case BUYER_TYPE -> text.t_BUYER_TYPE(flow);
            case IP -> text.t_IP(flow);
            case TRADE -> text.t_TRADE(flow);
            case POINT -> text.t_POINT(flow);
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
