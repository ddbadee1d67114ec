package cn.techmarket.stats;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Targets and GDP entered on /bureau/targets: CSRF, a message beside each field, exact money, audit, the dashboard. */
@QuarkusTest
class TargetPagesTest {
    @Inject
    EntityManager em;

    @Test
    void the_bureau_enters_and_changes_a_target_of_a_group_and_the_gdp_of_a_region_on_the_page() {
        Browser bureau = Browser.signIn("bureau");
        bureau.get("/bureau/targets").then().statusCode(200).body(containsString("name=\"_csrf\""))
                .body(containsString("action=\"/bureau/targets/gdp\""));
        Map<String, Object> form = new HashMap<>(Map.of("scope", "CDMZ", "year", "2030", "measure", "TECH",
                "flow", "ABSORBED", "target", "12.345", "source", "成德眉资协同发展规划"));
        bureau.post("/bureau/targets", form).then().statusCode(403);
        form.put("_csrf", bureau.csrf());
        // three decimals, then a word, then a negative amount, then too much: each a message beside 目标值
        bureau.post("/bureau/targets", form).then().statusCode(400).body(containsString("id=\"target-error\""))
                .body(containsString("最多两位小数"));
        form.put("target", "很多");
        bureau.post("/bureau/targets", form).then().statusCode(400).body(containsString("id=\"target-error\""))
                .body(containsString("value=\"很多\""));
        form.put("target", "-100");
        bureau.post("/bureau/targets", form).then().statusCode(400).body(containsString("id=\"target-error\""));
        form.put("target", "2000000亿");
        bureau.post("/bureau/targets", form).then().statusCode(400).body(containsString("超出允许范围"));
        // a GDP share is a region's, of 吸纳 only; the year and the source are checked too
        Map<String, Object> gdpShare = new HashMap<>(form);
        gdpShare.putAll(Map.of("measure", "GDP_SHARE", "flow", "OUTPUT", "target", "1.5", "year", "1999", "source", ""));
        bureau.post("/bureau/targets", gdpShare).then().statusCode(400).body(containsString("id=\"flow-error\""))
                .body(containsString("id=\"year-error\"")).body(containsString("id=\"source-error\""));
        gdpShare.putAll(Map.of("flow", "ABSORBED", "year", "2030", "source", "规划"));
        bureau.post("/bureau/targets", gdpShare).then().statusCode(400).body(containsString("id=\"scope-error\""));

        form.put("target", "1.2亿");
        Response saved = bureau.post("/bureau/targets", form);
        assertEquals(303, saved.statusCode(), saved.asString());
        form.put("target", "150,000,000.50");
        assertEquals(303, bureau.post("/bureau/targets", form).statusCode());
        String page = bureau.get("/bureau/targets").then().statusCode(200).extract().asString();
        assertThat(page).contains("150000000.50").doesNotContain("120000000.00").contains("吸纳技术交易额");
        // the dashboard of the group shows it (a group's targets are its own)
        given().header("Authorization", Tokens.bearer("bureau"))
                .get("/api/v1/stats/dashboard?scope=CDMZ&period=2030&asOf=2030-01-01").then().statusCode(200)
                .body("targets.metric", hasItem("ABSORBED_TECH"))
                .body("targets.find { it.metric == 'ABSORBED_TECH' }.source", org.hamcrest.Matchers.equalTo("成德眉资协同发展规划"));

        Map<String, Object> gdp = new HashMap<>(Map.of("_csrf", bureau.csrf(), "region", "CDMZ", "year", "2030",
                "gdp", "0", "source", "统计公报"));
        bureau.post("/bureau/targets/gdp", gdp).then().statusCode(400).body(containsString("id=\"region-error\""))
                .body(containsString("id=\"gdp-error\""));
        gdp.putAll(Map.of("region", "510600", "gdp", "3,100亿"));
        assertEquals(303, bureau.post("/bureau/targets/gdp", gdp).statusCode());
        assertThat(bureau.get("/bureau/targets").then().statusCode(200).extract().asString())
                .contains("310000000000.00");

        Number id = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery("select id from stats_target"
                + " where group_code = 'CDMZ' and year = 2030 and metric = 'ABSORBED_TECH'").getSingleResult());
        // added, then changed: two audit lines, the second with the amount it replaced
        given().header("Authorization", Tokens.bearer("admin")).queryParam("entityType", "stats_target")
                .queryParam("entityId", id.toString()).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.equalTo(List.of("stats.target.saved", "stats.target.saved")))
                .body(containsString("120000000.00"));
        given().header("Authorization", Tokens.bearer("admin")).queryParam("entityType", "stats_gdp")
                .queryParam("entityId", "510600/2030").get("/api/v1/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.equalTo(List.of("stats.gdp.saved")));
        // English messages too
        bureau.english().post("/bureau/targets/gdp", Map.of("_csrf", bureau.csrf(), "region", "510600",
                "year", "2030", "gdp", "abc")).then().statusCode(400).body(containsString("Write the amount as"));
        Browser.signIn("registrar").get("/bureau/targets").then().statusCode(403);
    }
}
