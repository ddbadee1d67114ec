package cn.techmarket.contract;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Contracts;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registrant's and the registrar's pages through a signed-in browser, from the form to the certificate. */
@QuarkusTest
class ContractPagesTest {
    private static final Pattern CONTRACT = Pattern.compile("/contracts/(\\d+)$");

    @Test
    void a_registrant_drafts_on_the_page_and_a_registrar_registers_and_prints_the_certificate() {
        int org = Listings.verifiedOrgOf("enterprise");
        Browser enterprise = Browser.signIn("enterprise");
        enterprise.get("/contracts/new").then().statusCode(200).body(containsString("name=\"sellerCreditCode\""))
                .body(containsString("技术开发·委托开发"));

        Map<String, Object> form = new HashMap<>();
        form.put("_csrf", enterprise.csrf());
        form.put("ownerOrgId", org);
        form.put("title", "数控机床远程运维技术服务");
        form.put("subType", "SERVICE_GENERAL");
        form.put("technicalField", "ADVANCED_MANUFACTURING");
        form.put("ipType", "NONE");
        form.put("planCategory", "NONE");
        form.put("tradeFlag", "DOMESTIC");
        form.put("signedOn", "2026-10-10");
        form.put("sellerName", "德阳数智科技有限公司");
        form.put("sellerCreditCode", "91510603000000000X");
        form.put("sellerRegion", "510603");
        form.put("sellerCountry", "CN");
        form.put("sellerSubjectType", "ENTERPRISE");
        form.put("buyerName", "达州机械有限公司");
        form.put("buyerCreditCode", cn.techmarket.testsupport.Fixtures.creditCode("511702"));
        form.put("buyerRegion", "511702");
        form.put("buyerCountry", "CN");
        form.put("buyerSubjectType", "ENTERPRISE");
        form.put("totalAmount", "abc");
        form.put("costKind", List.of("EQUIPMENT", "EQUIPMENT", "EQUIPMENT"));
        form.put("costDescription", List.of("服务器", "", ""));
        form.put("costAmount", List.of("50000", "", ""));
        enterprise.post("/contracts", form).then().statusCode(400)
                .body(containsString("id=\"seller.creditCode-error\""))
                .body(containsString("id=\"totalAmount-error\""));

        form.put("sellerCreditCode", cn.techmarket.testsupport.Fixtures.creditCode("510603"));
        form.put("totalAmount", "300,000.00");
        Response created = enterprise.post("/contracts", form);
        assertEquals(303, created.statusCode(), created.asString());
        Matcher m = CONTRACT.matcher(created.getHeader("Location"));
        assertTrue(m.find());
        int id = Integer.parseInt(m.group(1));
        enterprise.follow(created).then().statusCode(200).body(containsString("¥250,000.00"));

        Response uploaded = enterprise.postFile("/contract-documents/" + id, Map.of("_csrf", enterprise.csrf(),
                "kind", "CONTRACT_TEXT"), "合同.pdf", Contracts.PDF);
        assertEquals(303, uploaded.statusCode(), uploaded.asString());
        Response submitted = enterprise.post("/contracts/" + id + "/submit", Map.of("_csrf", enterprise.csrf()));
        assertEquals(303, submitted.statusCode(), submitted.asString());

        Browser registrar = Browser.signIn("registrar");
        registrar.get("/contracts/queue").then().statusCode(200).body(containsString("数控机床远程运维技术服务"));
        registrar.post("/contracts/" + id + "/review", Map.of("_csrf", registrar.csrf(), "action", "refuse"))
                .then().statusCode(400).body(containsString("id=\"reason-error\""));
        Response registered = registrar.post("/contracts/" + id + "/review",
                Map.of("_csrf", registrar.csrf(), "action", "register"));
        assertEquals(303, registered.statusCode(), registered.asString());
        registrar.get("/contracts/" + id + "/certificate").then().statusCode(200)
                .body(containsString("技术合同认定登记证明")).body(containsString("¥300,000.00"))
                .body(containsString("¥250,000.00")).body(containsString("旌阳区技术合同登记点"));
        enterprise.get("/contracts").then().statusCode(200).body(containsString("已登记"));
        Browser.signIn("enterprise2").get("/contracts/" + id).then().statusCode(404)
                .body(not(containsString("数控机床")));
    }

    /**
     * 变更登记 on the page: a refused form keeps its values and puts each message beside its field; an accepted one
     * keeps the old amounts in the history, is audited, and moves the statistics from its effective date on (and not
     * the day before). The effective date is ten days after registration, a day no other test books anything on.
     */
    @Test
    void a_registrar_registers_a_change_on_the_contract_page_and_the_statistics_move_from_its_effective_date() {
        int org = Listings.verifiedOrgOf("enterprise");
        Map<String, Object> contract = Contracts.aContract(org, "510603", "300000.00");
        Contracts.addCost(contract, "EQUIPMENT", "50000.00");
        int id = Contracts.submitted("enterprise", contract);
        Contracts.act("registrar", id, "registration", null).then().statusCode(200);
        java.time.LocalDate registered = java.time.LocalDate.parse(Contracts.get("enterprise", id).path("registeredOn"));
        java.time.LocalDate effective = registered.plusDays(10);
        String year = String.valueOf(effective.getYear());
        String before = output(year, effective.minusDays(1));
        String from = output(year, effective);

        Browser registrar = Browser.signIn("registrar");
        registrar.get("/contracts/" + id).then().statusCode(200).body(containsString("action=\"/contracts/" + id + "/changes\""));
        Map<String, Object> change = new HashMap<>();
        change.put("totalAmount", "-5");
        change.put("costKind", List.of("EQUIPMENT", "EQUIPMENT", "EQUIPMENT"));
        change.put("costDescription", List.of("服务器", "", ""));
        change.put("costAmount", List.of("abc", "", ""));
        change.put("effectiveOn", effective.toString());
        change.put("reason", "");
        registrar.post("/contracts/" + id + "/changes", change).then().statusCode(403);
        change.put("_csrf", registrar.csrf());
        registrar.post("/contracts/" + id + "/changes", change).then().statusCode(400)
                .body(containsString("id=\"change.reason-error\""))
                .body(containsString("costLines[0].amount"))
                .body(containsString("value=\"-5\""));
        change.put("totalAmount", "360,000.00");
        change.put("costAmount", List.of("40000", "", ""));
        change.put("effectiveOn", registered.minusDays(1).toString());
        change.put("reason", "双方签订补充协议，增加服务内容");
        registrar.post("/contracts/" + id + "/changes", change).then().statusCode(400)
                .body(containsString("id=\"change.effectiveOn-error\""));
        change.put("effectiveOn", effective.toString());
        Response changed = registrar.post("/contracts/" + id + "/changes", change);
        assertEquals(303, changed.statusCode(), changed.asString());
        String page = registrar.follow(changed).then().statusCode(200).extract().asString();
        assertThat(page).contains("¥300,000.00").contains("¥360,000.00").contains("¥320,000.00")
                .contains("双方签订补充协议，增加服务内容").contains(effective.toString());
        Browser registrant = Browser.signIn("enterprise");
        registrant.post("/contracts/" + id + "/changes", Map.of("_csrf", registrant.csrf(), "totalAmount", "1.00",
                "effectiveOn", effective.toString(), "reason", "x")).then().statusCode(403);

        given().header("Authorization", Tokens.bearer("admin")).queryParam("entityType", "tech_contract")
                .queryParam("entityId", id).queryParam("size", 50).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("contract.changed"));
        // 输出 of 德阳: unchanged the day before the effective date, +60,000.00 成交额 and +70,000.00 技术交易额 from it
        assertEquals(before, output(year, effective.minusDays(1)));
        assertEquals(plus(from, 0, "60000.00", "70000.00"), output(year, effective));
    }

    private static String output(String year, java.time.LocalDate asOf) {
        JsonPath d = given().header("Authorization", Tokens.bearer("bureau"))
                .queryParams(Map.of("scope", "510600", "period", year, "asOf", asOf.toString()))
                .get("/api/v1/stats/dashboard").then().statusCode(200).extract().jsonPath()
                .using(new io.restassured.path.json.config.JsonPathConfig(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        String row = "tables.find { it.key == 'flows' }.rows.find { it.key == 'flow:OUTPUT' }.current";
        return d.getString(row + ".count") + " " + d.<BigDecimal>get(row + ".total").toPlainString() + " "
                + d.<BigDecimal>get(row + ".tech").toPlainString();
    }

    private static String plus(String figures, int count, String total, String tech) {
        String[] f = figures.split(" ");
        return (Long.parseLong(f[0]) + count) + " " + new BigDecimal(f[1]).add(new BigDecimal(total)).toPlainString()
                + " " + new BigDecimal(f[2]).add(new BigDecimal(tech)).toPlainString();
    }
}
