package cn.techmarket.contract;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Contracts;
import cn.techmarket.testsupport.Listings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
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
}
