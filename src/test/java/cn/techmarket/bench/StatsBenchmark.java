package cn.techmarket.bench;

import cn.techmarket.stats.DashboardBuilder;
import cn.techmarket.stats.Figure;
import cn.techmarket.stats.LedgerRebuild;
import cn.techmarket.stats.Period;
import cn.techmarket.stats.Scope;
import cn.techmarket.stats.Scopes;
import cn.techmarket.stats.StatsRow;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau dashboard's main query set at 1,000,000 registered contracts ({@code deploy/local/tm bench-stats}):
 * the summary tables (what /bureau runs) against a naive SQL GROUP BY over tech_contract and each contract's history
 * row as of the date, in the same run, on the same rows. Both must give the same figures. Writes
 * target/bench/stats-report.md. Sizes: -Dbench.contracts, -Dbench.rounds. Parties are drawn with a long tail, as a
 * city's registrations are: most sellers (cube of a uniform draw) and buyers (square) in 德阳, 达州 and 成都, some
 * across Sichuan, few elsewhere, 3 % abroad.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@Tag("bench")
class StatsBenchmark {
    static final int CONTRACTS = Integer.getInteger("bench.contracts", 1_000_000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 12);
    @Inject
    AgroalDataSource dataSource;
    @Inject
    LedgerRebuild rebuild;
    @Inject
    DashboardBuilder dashboards;
    @Inject
    Scopes scopes;
    private final List<String> report = new ArrayList<>();

    /** One dashboard request: scope, period, as-of date. */
    record Ask(String scope, String period, LocalDate asOf) {
    }

    static final List<Ask> ASKS = List.of(
            new Ask("510600", "2025", LocalDate.of(2026, 11, 30)),
            new Ask("CDMZ", "2026-YTD", LocalDate.of(2026, 11, 30)),
            new Ask("511700", "2025-Q3", LocalDate.of(2026, 6, 15)),
            new Ask("WDK", "2026-03", LocalDate.of(2026, 11, 30)),
            new Ask("510000", "2025", LocalDate.of(2025, 12, 31)));

    @Test
    void dashboard_queries_at_a_million_contracts_against_a_naive_group_by() throws Exception {
        report.add("# Statistics at " + CONTRACTS + " registered contracts");
        report.add("");
        report.add("Measured " + Instant.now() + " by `deploy/local/tm bench-stats` (`StatsBenchmark`); machine: "
                + Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ".");
        report.add("");
        long t = System.nanoTime();
        generate();
        figure("generate contracts and their history (SQL)", t);
        t = System.nanoTime();
        rebuild.rebuild();
        figure("rebuild the summary tables from the history (LedgerRebuild)", t);
        // what autovacuum does on a live database after a bulk load (insert-triggered vacuum): statistics, and the
        // visibility map that lets the ledger's tail be read index-only
        sql("vacuum analyze");
        report.add("");
        report.add(sizes());
        report.add("");
        Map<String, List<Double>> summary = new LinkedHashMap<>();
        Map<String, List<Double>> naive = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Ask ask : ASKS) {
                Scope scope = QuarkusTransaction.requiringNew().call(() -> scopes.resolve(ask.scope()));
                Period period = Period.parse(ask.period(), ask.asOf());
                long s = System.nanoTime();
                var d = QuarkusTransaction.requiringNew().call(() -> dashboards.build(scope, period, ask.asOf(), Locale.CHINA));
                double summaryMs = ms(s);
                summary.computeIfAbsent("all", k -> new ArrayList<>()).add(summaryMs);
                summary.computeIfAbsent(label(ask), k -> new ArrayList<>()).add(summaryMs);
                long n = System.nanoTime();
                Map<String, Figure> flows = naiveSet(scope, period, ask.asOf());
                double naiveMs = ms(n);
                naive.computeIfAbsent("all", k -> new ArrayList<>()).add(naiveMs);
                naive.computeIfAbsent(label(ask), k -> new ArrayList<>()).add(naiveMs);
                if (round == 0) {
                    for (StatsRow r : d.table("flows").rows()) {
                        assertThat(r.current()).as("%s %s", ask, r.key()).isEqualTo(flows.get(r.key()));
                    }
                }
            }
        }
        List<Double> a = summary.get("all");
        List<Double> b = naive.get("all");
        report.add("| query set (" + ASKS.size() + " dashboards × " + ROUNDS + " rounds) | runs | p50 ms | p99 ms | max ms |");
        report.add("| --- | --- | --- | --- | --- |");
        report.add(row("summary tables (the dashboard)", a));
        report.add(row("naive GROUP BY over tech_contract + history as of the date", b));
        report.add("");
        report.add("p50 ratio naive / summary: %.1f×".formatted(pct(b, 50) / pct(a, 50)));
        report.add("");
        report.add("| dashboard | runs | summary p50 ms | summary max ms | naive p50 ms |");
        report.add("| --- | --- | --- | --- | --- |");
        for (Ask ask : ASKS) {
            List<Double> mine = summary.get(label(ask));
            report.add("| %s | %d | %.1f | %.1f | %.1f |".formatted(label(ask), mine.size(), pct(mine, 50),
                    pct(mine, 100), pct(naive.get(label(ask)), 50)));
        }
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/stats-report.md"), String.join("\n", report) + "\n");
        report.forEach(l -> System.out.println("[bench-stats] " + l));
        assertThat(pct(a, 50)).isLessThan(pct(b, 50));
    }

    private static String label(Ask ask) {
        return ask.scope() + " " + ask.period() + " as of " + ask.asOf();
    }

    // --- data ------------------------------------------------------------------------------------------------------

    private void generate() throws SQLException {
        sql("insert into registration_point (region_code, name_zh) select code, name_zh || '登记点' from region"
                + " where level <= 2 on conflict (region_code) do nothing");
        sql("""
                select setseed(0.2026);
                insert into tech_contract (title, contract_class, sub_type, seller_name, seller_region, seller_country,
                  seller_subject_type, buyer_name, buyer_region, buyer_country, buyer_subject_type, signed_on,
                  technical_field, ip_type, trade_flag, total_amount, non_technical_amount, status, point_id,
                  registration_no, registered_on, created_by, created_at, updated_at)
                select 'bench ' || g, (array['DEVELOPMENT','TRANSFER','LICENSE','CONSULTING','SERVICE'])[1 + g %% 5],
                  'BENCH', 'seller', s, case when s is null then 'US' else 'CN' end,
                  (array['ENTERPRISE','ENTERPRISE','RESEARCH_INSTITUTE','UNIVERSITY','OTHER'])[1 + g %% 5 * 7 %% 5],
                  'buyer', b, case when b is null then 'DE' else 'CN' end,
                  (array['ENTERPRISE','ENTERPRISE','ENTERPRISE','UNIVERSITY','OTHER'])[1 + g / 5 %% 5],
                  reg_day - 10, (array['ELECTRONIC_INFO','ADVANCED_MANUFACTURING','NEW_MATERIALS','NEW_ENERGY',
                  'BIOMEDICINE','ENVIRONMENT','AGRICULTURE','AEROSPACE','URBAN_SOCIAL','MODERN_TRANSPORT'])[1 + g / 3 %% 10],
                  (array['NONE','NONE','PATENT_INVENTION','PATENT_UTILITY','TECHNICAL_SECRET','SOFTWARE_COPYRIGHT'])[1 + g / 7 %% 6],
                  case when s is null then 'IMPORT' when b is null then 'EXPORT' else 'DOMESTIC' end,
                  total, total - round(total * (0.6 + random() * 0.4)::numeric, 2), 'REGISTERED', p, 'BENCH-' || g, reg_day,
                  'bench', now(), now()
                from (select g, reg_day, total,
                        case when r1 < 0.03 then null else codes[1 + floor(r2 * r2 * r2 * array_length(codes, 1))::int] end s,
                        case when r3 < 0.03 then null else codes[1 + floor(r4 * r4 * array_length(codes, 1))::int] end b,
                        points[1 + g %% array_length(points, 1)] p
                      from (select g, date '2024-01-01' + floor(random() * 1065)::int as reg_day,
                              round((1000 + random() * random() * 3000000)::numeric, 2) total,
                              random() r1, random() r2, random() r3, random() r4 from generate_series(1, %d) g) x,
                        (select array_agg(code order by case when code like '5106%%' then 0 when code like '5117%%' then 1
                          when code like '5101%%' then 2 when code like '51%%' then 3 else 4 end, code) codes from region) c,
                        (select array_agg(id order by id) points from registration_point) pt) y
                """.formatted(CONTRACTS));
        sql("""
                insert into contract_amount_history (contract_id, revision, kind, effective_on, total_amount,
                  tech_amount, recorded_at, recorded_by)
                select id, 0, 'REGISTERED', registered_on, total_amount, tech_amount, now(), 'bench'
                from tech_contract where created_by = 'bench'""");
        // one in twenty is changed later (+10 %), one in thirty-three cancelled later (some after the as-of dates)
        sql("""
                insert into contract_amount_history (contract_id, revision, kind, effective_on, total_amount,
                  tech_amount, recorded_at, recorded_by)
                select id, 1, 'CHANGED', registered_on + 1 + (id % 200)::int, round(total_amount * 1.1, 2),
                  round(tech_amount * 1.1, 2), now(), 'bench'
                from tech_contract where created_by = 'bench' and id % 20 = 0""");
        sql("""
                insert into contract_amount_history (contract_id, revision, kind, effective_on, total_amount,
                  tech_amount, recorded_at, recorded_by)
                select id, case when id % 20 = 0 then 2 else 1 end, 'CANCELLED', registered_on + 201 + (id % 300)::int,
                  0, 0, now(), 'bench'
                from tech_contract where created_by = 'bench' and id % 33 = 0""");
        sql("update tech_contract set status = 'CANCELLED' where created_by = 'bench' and id % 33 = 0");
    }

    private String sizes() throws SQLException {
        StringBuilder out = new StringBuilder("| table | rows |\n| --- | --- |\n");
        for (String table : List.of("tech_contract", "contract_amount_history", "stats_ledger", "stats_reg_flow",
                "stats_reg_dim", "stats_city_flow", "stats_city_dim")) {
            out.append("| ").append(table).append(" | ").append(count("select count(*) from " + table)).append(" |\n");
        }
        return out.toString().strip();
    }

    // --- the naive query set: the same tables the dashboard shows, straight from the contracts -----------------------

    private static final String AS_OF = """
            from tech_contract c
            cross join lateral (select h.kind, h.total_amount, h.tech_amount from contract_amount_history h
              where h.contract_id = c.id and h.effective_on <= ? order by h.effective_on desc, h.revision desc limit 1) a
            where c.registered_on >= ? and c.registered_on < ? and c.registered_on <= ?
            """;
    private static final String SUMS = "count(*) filter (where a.kind <> 'CANCELLED'),"
            + " coalesce(sum(a.total_amount) filter (where a.kind <> 'CANCELLED'), 0),"
            + " coalesce(sum(a.tech_amount) filter (where a.kind <> 'CANCELLED'), 0)";

    /** Flows (period, last year, the whole year), the monthly trend (this year and last), every breakdown (both years). */
    private Map<String, Figure> naiveSet(Scope scope, Period period, LocalDate asOf) throws SQLException {
        Period year = Period.parse(String.valueOf(period.year()), asOf);
        Map<String, Figure> flows = null;
        try (Connection c = dataSource.getConnection()) {
            var codes = c.createArrayOf("varchar", scope.codes().toArray(String[]::new));
            for (Period p : List.of(period, period.lastYear(), year)) {
                Map<String, Figure> f = naiveFlows(c, codes, p, asOf);
                flows = flows == null ? f : flows;
            }
            for (Period p : List.of(year, year.lastYear())) {
                consume(c, "select date_trunc('month', c.registered_on), coalesce(c.seller_region = any(?), false),"
                        + " coalesce(c.buyer_region = any(?), false), " + SUMS + " " + AS_OF
                        + " and (c.seller_region = any(?) or c.buyer_region = any(?)) group by 1, 2, 3", codes, p, asOf);
            }
            for (Period p : List.of(period, period.lastYear())) {
                consume(c, "select c.contract_class, c.technical_field, c.seller_subject_type, c.buyer_subject_type,"
                        + " c.ip_type, c.trade_flag, c.point_id, " + SUMS + " " + AS_OF + " and c.seller_region = any(?)"
                        + " group by grouping sets ((1), (2), (3), (4), (5), (6), (7))", codes, p, asOf);
            }
        }
        return flows;
    }

    private Map<String, Figure> naiveFlows(Connection c, java.sql.Array codes, Period p, LocalDate asOf) throws SQLException {
        String sql = "select coalesce(c.seller_region = any(?), false) s, coalesce(c.buyer_region = any(?), false) b, "
                + SUMS + " " + AS_OF + " and (c.seller_region = any(?) or c.buyer_region = any(?)) group by 1, 2";
        Map<String, Figure> out = new LinkedHashMap<>();
        for (String k : List.of("OUTPUT", "ABSORBED", "INTERNAL", "DISTINCT")) {
            out.put("flow:" + k, Figure.ZERO);
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindNaive(ps, codes, p, asOf, true);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean s = rs.getBoolean(1);
                    boolean b = rs.getBoolean(2);
                    Figure f = new Figure(rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5));
                    if (s) out.merge("flow:OUTPUT", f, Figure::plus);
                    if (b) out.merge("flow:ABSORBED", f, Figure::plus);
                    if (s && b) out.merge("flow:INTERNAL", f, Figure::plus);
                    out.merge("flow:DISTINCT", f, Figure::plus);
                }
            }
        }
        out.put("flow:PUBLISHED", out.get("flow:OUTPUT").plus(out.get("flow:ABSORBED")));
        return out;
    }

    private void consume(Connection c, String sql, java.sql.Array codes, Period p, LocalDate asOf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindNaive(ps, codes, p, asOf, sql.startsWith("select date_trunc"));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getBigDecimal(rs.getMetaData().getColumnCount());
                }
            }
        }
    }

    /** Parameters in text order: [seller/buyer flags,] as-of, first day, day after the last month, as-of, codes…. */
    private static void bindNaive(PreparedStatement ps, java.sql.Array codes, Period p, LocalDate asOf,
                                  boolean flags) throws SQLException {
        int i = 1;
        if (flags) {
            ps.setArray(i++, codes);
            ps.setArray(i++, codes);
        }
        ps.setDate(i++, Date.valueOf(asOf));
        ps.setDate(i++, Date.valueOf(p.first().atDay(1)));
        ps.setDate(i++, Date.valueOf(p.last().plusMonths(1).atDay(1)));
        ps.setDate(i++, Date.valueOf(asOf));
        ps.setArray(i++, codes);
        if (flags) {
            ps.setArray(i, codes);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private void sql(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void figure(String what, long start) {
        report.add("- " + what + ": %.1f s".formatted((System.nanoTime() - start) / 1e9));
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String row(String what, List<Double> v) {
        return "| %s | %d | %.1f | %.1f | %.1f |".formatted(what, v.size(), pct(v, 50), pct(v, 99), pct(v, 100));
    }
}
