package cn.techmarket.stats;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The breakdowns of a scope made of whole cities come from the city rollup (stats_city_dim); they must be exactly
 * what the district rows give, and a scope that cuts a city must never read the rollup.
 */
@QuarkusTest
class CityRollupTest {
    @Inject
    StatsFixture fixture;
    @Inject
    Scopes scopes;
    @Inject
    FigureQueries queries;
    @Inject
    LedgerRebuild rebuild;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void load() {
        fixture.ensureLoaded();
    }

    @Test
    void a_scope_reads_the_city_rollup_only_when_it_covers_whole_cities() {
        assertThat(scopes.resolve("510600").cities()).containsExactly("510600");
        assertThat(scopes.resolve("CDMZ").cities()).containsExactlyInAnyOrder("510100", "510600", "511400", "512000");
        assertThat(scopes.resolve("510000").cities()).contains("510000", "510100", "511700").doesNotContain("510603");
        assertThat(scopes.resolve("510603").cities()).as("a district cuts its city").isNull();
        assertThat(scopes.resolve("WDK").cities()).as("万达开 takes two of Chongqing's districts, not all").isNull();
        assertThat(scopes.resolve("510000").cityPartOf()).containsEntry("510100", "510100").containsEntry("510000", "510000");
        assertThat(scopes.resolve("CDMZ").cityPartOf()).containsEntry("510600", "510600");
        assertThat(scopes.resolve("510600").cityPartOf()).as("德阳's parts are its districts").isNull();
    }

    @Test
    void the_rollup_gives_exactly_the_breakdowns_of_the_district_rows() {
        for (String code : new String[] {"510600", "CDMZ", "510000"}) {
            Scope scope = scopes.resolve(code);
            Scope byDistrict = new Scope(scope.code(), scope.group(), scope.nameZh(), scope.nameEn(), scope.codes(),
                    scope.parts(), scope.partOf(), null, null);
            for (BreakdownFlow flow : BreakdownFlow.values()) {
                for (String asOf : new String[] {"2022-12-31", "2022-06-30"}) {
                    LocalDate day = LocalDate.parse(asOf);
                    Period period = Period.parse("2022", day);
                    FigureQueries.Breakdowns rolled = queries.breakdowns(scope, flow, period, day);
                    FigureQueries.Breakdowns districts = queries.breakdowns(byDistrict, flow, period, day);
                    assertThat(rolled.now().get(Dimension.CLASS)).as("%s %s %s", code, flow, asOf).isNotEmpty();
                    assertThat(rolled).as("%s %s %s", code, flow, asOf).isEqualTo(districts);
                }
            }
            LocalDate asOf = LocalDate.parse("2022-06-30");
            YearMonth from = YearMonth.of(2021, 1), to = YearMonth.of(2022, 12);
            List<FigureQueries.Cell> rolled = sorted(queries.cells(scope, from, to, asOf));
            assertThat(rolled).as("cells of %s", code).isNotEmpty().isEqualTo(sorted(queries.cells(byDistrict, from, to, asOf)));
        }
    }

    private static List<FigureQueries.Cell> sorted(List<FigureQueries.Cell> cells) {
        return cells.stream().sorted(Comparator.comparing((FigureQueries.Cell c) -> c.month())
                .thenComparing(c -> String.valueOf(c.sellerPart())).thenComparing(c -> String.valueOf(c.buyerPart())))
                .toList();
    }

    @Test
    void the_rollup_is_the_district_table_summed_by_city_after_each_posting_and_after_a_rebuild() throws SQLException {
        assertThat(count("select count(*) from stats_city_dim")).isPositive();
        assertThat(count("select count(*) from stats_city_flow")).isPositive();
        assertThat(mismatches()).as("rows that differ after incremental posting").isZero();
        rebuild.rebuild();
        assertThat(mismatches()).as("rows that differ after a rebuild").isZero();
    }

    private long mismatches() throws SQLException {
        return dimMismatches() + flowMismatches();
    }

    private long flowMismatches() throws SQLException {
        String summed = "select f.reg_month, " + StatsLedger.cityOf("rs", "f.seller_region") + ", "
                + StatsLedger.cityOf("rb", "f.buyer_region") + ", sum(f.d_count), sum(f.d_total), sum(f.d_tech)"
                + " from stats_reg_flow f left join region rs on rs.code = f.seller_region"
                + " left join region rb on rb.code = f.buyer_region group by 1, 2, 3";
        String rollup = "select reg_month, seller_city, buyer_city, d_count, d_total, d_tech from stats_city_flow";
        return count("select count(*) from ((" + rollup + " except " + summed + ") union all (" + summed + " except "
                + rollup + ")) x");
    }

    private long dimMismatches() throws SQLException {
        String summed = "select d.reg_month, d.side, " + StatsLedger.cityOf("r", "d.region") + ", d.dim, d.val,"
                + " sum(d.d_count), sum(d.d_total), sum(d.d_tech) from stats_reg_dim d"
                + " left join region r on r.code = d.region group by 1, 2, 3, 4, 5";
        String rollup = "select reg_month, side, city, dim, val, d_count, d_total, d_tech from stats_city_dim";
        return count("select count(*) from ((" + rollup + " except " + summed + ") union all (" + summed + " except "
                + rollup + ")) x");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
