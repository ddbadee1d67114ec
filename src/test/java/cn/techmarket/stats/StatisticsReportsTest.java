package cn.techmarket.stats;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Frozen reports and their revisions, exports, parameter problems, who sees what, and the page itself. */
@QuarkusTest
class StatisticsReportsTest {
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    @Inject
    StatsFixture fixture;
    @Inject
    EntityManager em;

    @BeforeEach
    void load() {
        fixture.ensureLoaded();
    }

    @Test
    void a_frozen_report_stays_unchanged_after_a_later_cancellation_and_the_revision_shows() {
        // 达州 2021-08 holds one contract, #56 (达州 → 达州, 300,000.00 / 280,000.00)
        given().header("Authorization", Tokens.bearer("bureau")).contentType("application/json")
                .body(Map.of("scope", "511700", "period", "2021-08")).post("/api/v1/stats/reports")
                .then().statusCode(201);
        fixture.cancel("56", LocalDate.now(ZoneId.of("Asia/Shanghai")));

        JsonPath report = given().header("Authorization", Tokens.bearer("bureau"))
                .get("/api/v1/stats/reports?scope=511700&period=2021-08").then().statusCode(200).extract().jsonPath().using(EXACT);
        String row = "rows.find { it.key == 'flow:OUTPUT' }";
        assertThat(report.getString(row + ".frozen.count") + " " + report.getString(row + ".frozen.total"))
                .isEqualTo("1 300000.00");
        assertThat(report.getString(row + ".now.count") + " " + report.getString(row + ".now.total"))
                .isEqualTo("0 0.00");
        assertThat(report.getString("rows.find { it.key == 'CLASS:DEVELOPMENT' }.frozen.tech")).isEqualTo("280000.00");

        Browser bureau = Browser.signIn("bureau");
        String page = bureau.get("/bureau?scope=511700&period=2021-08").then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"table-revisions\"").contains("data-key=\"flow:OUTPUT\"").contains("-¥300,000.00");

        given().header("Authorization", Tokens.bearer("bureau")).contentType("application/json")
                .body(Map.of("scope", "511700", "period", "2021-08")).post("/api/v1/stats/reports")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("report-frozen"));
    }

    @Test
    void an_xlsx_export_reopens_with_the_figures_of_the_dashboard() throws Exception {
        byte[] xlsx = given().header("Authorization", Tokens.bearer("bureau"))
                .get("/api/v1/stats/tables/flows?scope=510600&period=2022&asOf=2022-12-31&format=xlsx")
                .then().statusCode(200).contentType(startsWith(TableExport.XLSX)).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            Row output = rows.get(2);
            assertThat(output.getCellText(0)).isEqualTo("输出");
            assertThat(output.getCellAsNumber(1)).contains(new BigDecimal("18"));
            assertThat(output.getCellAsNumber(2).map(BigDecimal::stripTrailingZeros))
                    .isEqualTo(Optional.of(new BigDecimal("6601347.04")));
            assertThat(output.getCellAsNumber(3).map(BigDecimal::stripTrailingZeros))
                    .isEqualTo(Optional.of(new BigDecimal("5921346.93")));
            Row distinct = rows.get(6);
            assertThat(distinct.getCellAsNumber(2).map(BigDecimal::stripTrailingZeros))
                    .isEqualTo(Optional.of(new BigDecimal("10618347.04")));
        }
        String csv = new String(Browser.signIn("bureau")
                .get("/bureau/export/flows?scope=510600&period=2022&asOf=2022-12-31&format=csv")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("输出,18,6601347.04,5921346.93,2,540000.00,505000.00,");
    }

    @Test
    void bad_parameters_are_refused_with_a_problem_naming_the_field() {
        Map<String, String> bad = Map.of(
                "period=2022-13", "period", "period=22", "period", "scope=999999", "scope", "scope=NOPE", "scope",
                "asOf=2022-02-30", "asOf");
        bad.forEach((query, field) -> given().header("Authorization", Tokens.bearer("bureau"))
                .get("/api/v1/stats/dashboard?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field)));
        given().header("Authorization", Tokens.bearer("bureau"))
                .get("/api/v1/stats/tables/flows?scope=510600&period=2022&format=pdf")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        given().header("Authorization", Tokens.bearer("bureau"))
                .get("/api/v1/stats/tables/nope?scope=510600&period=2022")
                .then().statusCode(400).body("errors[0].field", equalTo("table"));
        given().header("Authorization", Tokens.bearer("bureau")).contentType("application/json")
                .body(Map.of("scope", "510600", "period", "2022-Q1")).post("/api/v1/stats/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("period"));
        given().header("Authorization", Tokens.bearer("bureau")).contentType("application/json")
                .body("{\"gdp\": -5}").put("/api/v1/stats/gdp/510600/2022")
                .then().statusCode(400).body("errors[0].field", equalTo("gdp"));
        assertThat(((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from stats_report where period = '2022-Q1'").getSingleResult())).longValue()).isZero();
    }

    @Test
    void a_registrar_sees_the_figures_of_its_points_and_nothing_else() {
        String subject = subjectOf("registrar");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into registrar_assignment (subject, point_id)"
                + " values (?1, ?2) on conflict do nothing").setParameter(1, subject)
                .setParameter(2, fixture.point("510603")).executeUpdate());
        String registrar = Tokens.bearer("registrar");
        given().header("Authorization", registrar).get("/api/v1/stats/dashboard?period=2022&asOf=2022-12-31")
                .then().statusCode(200).body("scope", equalTo("510600"));
        given().header("Authorization", registrar).get("/api/v1/stats/dashboard?scope=510603&period=2022")
                .then().statusCode(200);
        for (String elsewhere : List.of("511700", "CDMZ", "510000")) {
            given().header("Authorization", registrar).get("/api/v1/stats/dashboard?scope=" + elsewhere)
                    .then().statusCode(404);
        }
        given().header("Authorization", registrar).contentType("application/json")
                .body(Map.of("scope", "510600", "period", "2022-05")).post("/api/v1/stats/reports")
                .then().statusCode(403);
        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/stats/dashboard")
                .then().statusCode(403);
    }

    @Test
    void targets_show_the_share_reached_and_the_share_of_the_year_elapsed() {
        targets2022();
        JsonPath d = given().header("Authorization", Tokens.bearer("bureau"))
                .get("/api/v1/stats/dashboard?scope=510600&period=2022&asOf=2022-12-31").then().statusCode(200)
                .extract().jsonPath().using(EXACT);
        // 输出+吸纳 11,438,347.54 of 20,000,000.00 = 57.19 %; 吸纳 4,837,000.50 / GDP 400,000,000.00 = 1.21 % of 1.20 %
        assertThat(target(d, "PUBLISHED_TOTAL")).isEqualTo("11438347.54 57.2 100.0");
        assertThat(target(d, "ABSORBED_GDP_PERCENT")).isEqualTo("1.21 100.8 100.0");
        // as of 2022-06-30: 6,745,001.88 registered so far = 33.7 %, with 181 of 365 days gone = 49.6 %
        JsonPath june = given().header("Authorization", Tokens.bearer("bureau"))
                .get("/api/v1/stats/dashboard?scope=510600&period=2022-03&asOf=2022-06-30").then().statusCode(200)
                .extract().jsonPath().using(EXACT);
        assertThat(target(june, "PUBLISHED_TOTAL")).isEqualTo("6745001.88 33.7 49.6");
    }

    private void targets2022() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into stats_target (region_code, year,"
                + " metric, target, source) values ('510600', 2022, 'PUBLISHED_TOTAL', 20000000.00, 'test'),"
                + " ('510600', 2022, 'ABSORBED_GDP_PERCENT', 1.20, 'test') on conflict do nothing").executeUpdate());
        given().header("Authorization", Tokens.bearer("bureau")).contentType("application/json")
                .body("{\"gdp\": 400000000.00, \"source\": \"test\"}").put("/api/v1/stats/gdp/510600/2022")
                .then().statusCode(204);
    }

    private static String target(JsonPath d, String metric) {
        String t = "targets.find { it.metric == '" + metric + "' }";
        return d.getString(t + ".actual") + " " + d.getString(t + ".progressPercent") + " "
                + d.getString(t + ".elapsedPercent");
    }

    @Test
    void the_dashboard_page_hands_its_charts_data_and_shows_every_figure_in_a_table() {
        targets2022();
        Browser bureau = Browser.signIn("bureau");
        String page = bureau.get("/bureau?scope=510600&period=2022&asOf=2022-12-31").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("data-charts=\"{").contains("src=\"/js/bureau.js\"")
                .contains("src=\"/_static/echarts/6.0.0/dist/echarts.min.js\"").doesNotContain("<script>");
        for (String table : List.of("flows", "trend", "regions", "CLASS", "FIELD", "SELLER_TYPE", "BUYER_TYPE", "IP",
                "TRADE", "POINT", "targets")) {
            assertThat(page).contains("id=\"table-" + table + "\"");
        }
        assertThat(page).contains("6,601,347.04").contains("10,618,347.04");
        bureau.get("/_static/echarts/6.0.0/dist/echarts.min.js").then().statusCode(200);
        bureau.get("/js/bureau.js").then().statusCode(200).body(containsString("echarts.init"));
        String annual = bureau.get("/bureau/annual?scope=510600&year=2022&asOf=2022-12-31").then().statusCode(200)
                .extract().asString();
        assertThat(annual).contains("id=\"annual-CLASS\"").contains("1,803,000.88");
    }

    private static String subjectOf(String user) {
        String payload = Tokens.of(user).split("\\.")[1];
        String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        return JsonPath.from(json).getString("sub");
    }
}
