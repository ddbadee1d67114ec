package cn.techmarket.stats;

import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of the dashboard against values computed by hand from {@link StatsFixture} (and re-checked with an
 * independent script that knows nothing of the application: per contract, the amounts of its latest history row on
 * or before the as-of date, zero when that row is a cancellation; regions by code prefix). Rows read
 * "key count 成交额 技术交易额". Worked examples, 德阳 2022-03 as of 2022-12-31: 输出 = #05 1,200,000.00 + #06 20,000.00
 * (#62 was cancelled on 03-25: zero, and no negative anywhere); 吸纳 = #22 800,000.00. 德阳 2021 as of 2022-12-31:
 * 输出 = #53 90,000.00 + #57 as changed on 2022-02-02, 450,000.00 (#55, cancelled 2022-03-01, counts zero in 2021).
 */
@QuarkusTest
class StatisticsFiguresTest {
    @Inject
    StatsFixture fixture;
    @Inject
    LedgerRebuild rebuild;

    @BeforeEach
    void load() {
        fixture.ensureLoaded();
    }

    @Test
    void deyang_output_absorbed_and_internal_count_each_contract_in_its_registration_year_as_of_the_report_date() {
        JsonPath d = dashboard("510600", "2022", "2022-12-31");
        assertRows(d, "flows", """
                flow:OUTPUT     18  6601347.04  5921346.93
                flow:ABSORBED   15  4837000.50  4614000.50
                flow:INTERNAL    4   820000.50   800000.50
                flow:PUBLISHED  33 11438347.54 10535347.43
                flow:DISTINCT   29 10618347.04  9735346.93""");
        assertLastYear(d, "flows", """
                flow:OUTPUT      2   540000.00   505000.00
                flow:ABSORBED    2   176000.00   174000.00
                flow:INTERNAL    0        0.00        0.00
                flow:PUBLISHED   4   716000.00   679000.00
                flow:DISTINCT    4   716000.00   679000.00""");
    }

    @Test
    void a_change_or_cancellation_counts_only_from_its_effective_date_and_only_in_the_original_period() {
        // #10 falls to 100,000.00 on 2023-01-10 and #12 is cancelled on 2023-02-01: as of 2024 both show in 2022
        assertRows(dashboard("510600", "2022", "2024-01-01"), "flows", """
                flow:OUTPUT     17  6251347.04  5571346.93
                flow:ABSORBED   14  4687000.50  4464000.50
                flow:INTERNAL    3   670000.50   650000.50
                flow:PUBLISHED  31 10938347.54 10035347.43
                flow:DISTINCT   28 10268347.04  9385346.93""");
        // nothing is booked in 2023 for them: 德阳's only 2023 contract is #61
        assertRows(dashboard("510600", "2023-01", "2024-01-01"), "flows", """
                flow:OUTPUT      1    77000.00    70000.00
                flow:ABSORBED    0        0.00        0.00""");
        assertRows(dashboard("510600", "2022-03", "2022-12-31"), "flows", """
                flow:OUTPUT      2  1220000.00  1020000.00
                flow:ABSORBED    1   800000.00   800000.00
                flow:INTERNAL    0        0.00        0.00
                flow:DISTINCT    3  2020000.00  1820000.00""");
    }

    @Test
    void year_to_date_as_of_mid_year_compares_with_the_same_months_of_last_year() {
        JsonPath d = dashboard("510600", "2022-YTD", "2022-06-30");
        assertRows(d, "flows", """
                flow:OUTPUT     12  3449001.38  3039001.27
                flow:ABSORBED   10  3296000.50  3144000.50
                flow:INTERNAL    3   445000.50   440000.50
                flow:PUBLISHED  22  6745001.88  6183001.77
                flow:DISTINCT   19  6300001.38  5743001.27""");
        assertLastYear(d, "flows", """
                flow:OUTPUT      1    90000.00    85000.00
                flow:ABSORBED    2   176000.00   174000.00
                flow:DISTINCT    3   266000.00   259000.00""");
    }

    @Test
    void region_groups_roll_up_their_cities_and_districts() {
        assertRows(dashboard("CDMZ", "2022", "2022-12-31"), "flows", """
                flow:OUTPUT     32  9670347.04  8817346.93
                flow:ABSORBED   29  8157347.04  7645346.93
                flow:INTERNAL   21  3379347.04  3147346.93
                flow:PUBLISHED  61 17827694.08 16462693.86
                flow:DISTINCT   40 14448347.04 13315346.93""");
        assertRows(dashboard("CDMZ", "2022-Q1", "2022-12-31"), "flows", """
                flow:OUTPUT     13  4123000.50  3698000.50
                flow:ABSORBED   10  2603000.50  2428000.50
                flow:INTERNAL    9  1803000.50  1628000.50
                flow:PUBLISHED  23  6726001.00  6126001.00
                flow:DISTINCT   14  4923000.50  4498000.50""");
        assertRows(dashboard("WDK", "2022", "2022-12-31"), "flows", """
                flow:OUTPUT      9   844000.00   799000.00
                flow:ABSORBED   11  2574000.00  2411000.00
                flow:INTERNAL    5   578000.00   551000.00
                flow:PUBLISHED  20  3418000.00  3210000.00
                flow:DISTINCT   15  2840000.00  2659000.00""");
        assertRows(dashboard("511700", "2022", "2022-12-31"), "flows", """
                flow:OUTPUT      6   661000.00   628000.00
                flow:ABSORBED    7  2091000.00  1951000.00
                flow:INTERNAL    2   275000.00   260000.00
                flow:PUBLISHED  13  2752000.00  2579000.00
                flow:DISTINCT   11  2477000.00  2319000.00""");
        assertRows(dashboard("CDMZ", "2022", "2022-12-31"), "regions", """
                region:510100:OUTPUT     9  2769000.00  2610000.00
                region:510100:ABSORBED   8  2907345.67  2662345.67
                region:510600:OUTPUT    18  6601347.04  5921346.93
                region:510600:ABSORBED  15  4837000.50  4614000.50
                region:511400:OUTPUT     3   247000.00   235000.00
                region:511400:ABSORBED   4   254999.99   226999.99
                region:512000:OUTPUT     2    53000.00    51000.00
                region:512000:ABSORBED   2   158000.88   142000.77""");
    }

    @Test
    void breakdowns_and_the_monthly_trend_of_deyang_output_add_up_to_the_fen() {
        JsonPath d = dashboard("510600", "2022", "2022-12-31");
        assertRows(d, "CLASS", """
                CLASS:CONSULTING    2    32345.67    32345.67
                CLASS:DEVELOPMENT   7  1803000.88  1617000.77
                CLASS:LICENSE       2  2500000.00  2250000.00
                CLASS:SERVICE       3   105999.99    81999.99
                CLASS:TRANSFER      4  2160000.50  1940000.50""");
        assertRows(d, "TRADE", """
                TRADE:DOMESTIC     16  3401347.04  3121346.93
                TRADE:EXPORT        2  3200000.00  2800000.00""");
        List<String> counts = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            String key = "month:2022-%02d:OUTPUT".formatted(m);
            counts.add(cell(d, "trend", key, "current.count"));
            totals.add(cell(d, "trend", key, "current.total"));
        }
        assertThat(counts).containsExactly("2", "2", "2", "1", "2", "2", "1", "1", "1", "1", "1", "2");
        assertThat(totals).containsExactly("350000.50", "530000.00", "1220000.00", "700000.00", "388000.88",
                "216000.00", "2000000.00", "12345.67", "410000.00", "9999.99", "700000.00", "65000.00");
    }

    /**
     * 德阳 2022 吸纳 (buyer in 5106xx) as of 2022-12-31, by hand from the fixture: #02 #12 #15 (410,000.00 after its
     * two changes) #19 #20 #21 #22 #23 #24 #26 #27 (300,000.00 after its change) #28 #29 #63 #64; #08 and #25 were
     * cancelled in 2022 and count zero. Imports #23 and #28 (foreign seller) are the buyer's. 2021: #54 and #59 (#55
     * cancelled 2022-03-01).
     */
    @Test
    void every_breakdown_can_describe_the_absorbed_contracts_of_the_scope() {
        JsonPath d = dashboard("510600", "2022", "2022-12-31", "ABSORBED");
        assertRows(d, "CLASS", """
                ABSORBED.CLASS:CONSULTING    1    18000.00    18000.00
                ABSORBED.CLASS:DEVELOPMENT   6   582000.00   546000.00
                ABSORBED.CLASS:LICENSE       1  1500000.00  1400000.00
                ABSORBED.CLASS:SERVICE       2    77000.00    70000.00
                ABSORBED.CLASS:TRANSFER      5  2660000.50  2580000.50""");
        assertRows(d, "TRADE", """
                ABSORBED.TRADE:DOMESTIC     13  2437000.50  2364000.50
                ABSORBED.TRADE:IMPORT        2  2400000.00  2250000.00""");
        assertRows(d, "BUYER_TYPE", """
                ABSORBED.BUYER_TYPE:ENTERPRISE 14  4819000.50  4596000.50
                ABSORBED.BUYER_TYPE:OTHER       1    18000.00    18000.00""");
        assertLastYear(d, "CLASS", """
                ABSORBED.CLASS:SERVICE       1    26000.00    24000.00
                ABSORBED.CLASS:TRANSFER      1   150000.00   150000.00""");
        // the flows do not depend on the breakdowns' flow
        assertRows(d, "flows", """
                flow:ABSORBED   15  4837000.50  4614000.50""");
        String csv = given().header("Authorization", Tokens.bearer("bureau"))
                .get("/api/v1/stats/tables/CLASS?scope=510600&period=2022&asOf=2022-12-31&flow=ABSORBED&format=csv")
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("2660000.50").doesNotContain("2160000.50");
        given().header("Authorization", Tokens.bearer("bureau"))
                .get("/api/v1/stats/dashboard?scope=510600&period=2022&flow=SIDEWAYS")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rebuilding_the_summary_tables_from_the_history_gives_the_same_figures_as_the_incremental_ledger() {
        String before = given().config(BIG).header("Authorization", Tokens.bearer("bureau"))
                .get("/api/v1/stats/dashboard?scope=CDMZ&period=2022&asOf=2022-12-31").then().statusCode(200)
                .extract().jsonPath().getString("tables");
        rebuild.rebuild();
        String after = given().config(BIG).header("Authorization", Tokens.bearer("bureau"))
                .get("/api/v1/stats/dashboard?scope=CDMZ&period=2022&asOf=2022-12-31").then().statusCode(200)
                .extract().jsonPath().getString("tables");
        assertThat(after).isEqualTo(before);
    }

    static final RestAssuredConfig BIG = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    static JsonPath dashboard(String scope, String period, String asOf) {
        return dashboard(scope, period, asOf, "OUTPUT");
    }

    static JsonPath dashboard(String scope, String period, String asOf, String flow) {
        return given().config(BIG).header("Authorization", Tokens.bearer("bureau"))
                .queryParams(Map.of("scope", scope, "period", period, "asOf", asOf, "flow", flow))
                .get("/api/v1/stats/dashboard").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static void assertRows(JsonPath d, String table, String expected) {
        assertFigures(d, table, expected, "current");
    }

    static void assertLastYear(JsonPath d, String table, String expected) {
        assertFigures(d, table, expected, "lastYear");
    }

    private static void assertFigures(JsonPath d, String table, String expected, String which) {
        for (String line : expected.strip().split("\n")) {
            String[] e = line.strip().split("\\s+");
            String actual = cell(d, table, e[0], which + ".count") + " " + cell(d, table, e[0], which + ".total")
                    + " " + cell(d, table, e[0], which + ".tech");
            assertThat(actual).as("%s %s %s", table, e[0], which).isEqualTo(e[1] + " " + e[2] + " " + e[3]);
        }
    }

    static String cell(JsonPath d, String table, String row, String path) {
        Object v = d.get("tables.find { it.key == '" + table + "' }.rows.find { it.key == '" + row + "' }." + path);
        return v instanceof BigDecimal b ? b.toPlainString() : String.valueOf(v);
    }
}
