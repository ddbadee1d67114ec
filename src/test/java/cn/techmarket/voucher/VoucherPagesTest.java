package cn.techmarket.voucher;

import cn.techmarket.testsupport.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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

/** The key voucher pages through signed-in browsers: apply, review to PAID, 公示, the bureau's monitor. */
@QuarkusTest
class VoucherPagesTest {
    private static final Pattern VOUCHER = Pattern.compile("/vouchers/(\\d+)$");

    @Test
    void an_enterprise_applies_on_the_page_and_the_bureau_reviews_it_to_paid() {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "500000.00", "TESTING", "10000.00");
        int programme = scene.programme(), holder = scene.holder();
        int[] provider = scene.provider();

        Browser enterprise = Browser.signIn("enterprise");
        enterprise.get("/vouchers/apply").then().statusCode(200).body(containsString("name=\"amount\""));
        Map<String, Object> form = new HashMap<>();
        form.put("_csrf", enterprise.csrf());
        form.put("programmeId", programme);
        form.put("holderOrgId", holder);
        form.put("amount", "");
        enterprise.post("/vouchers/apply", form).then().statusCode(400).body(containsString("id=\"amount-error\""));
        form.put("amount", "3000.00");
        Response created = enterprise.post("/vouchers/apply", form);
        assertEquals(303, created.statusCode());
        Matcher m = VOUCHER.matcher(created.header("Location"));
        assertTrue(m.find(), created.header("Location"));
        int voucher = Integer.parseInt(m.group(1));
        enterprise.follow(created).then().statusCode(200).body(containsString("已发放")).body(containsString("¥3,000.00"));

        VoucherWorld.reserved("enterprise", voucher, provider[1], "10000.00");
        VoucherWorld.allEvidence("enterprise", voucher);
        VoucherWorld.submit("enterprise", voucher, VoucherWorld.today()).then().statusCode(200);

        Browser officer = Browser.signIn("bureau");
        officer.get("/vouchers/" + voucher).then().statusCode(200).body(containsString("/vouchers/" + voucher + "/review"));
        for (int step = 0; step < 2; step++) {
            assertEquals(303, officer.post("/vouchers/" + voucher + "/review",
                    Map.of("_csrf", officer.csrf(), "decision", "approve")).statusCode());
        }
        assertEquals(303, officer.post("/vouchers/" + voucher + "/publicity", Map.of("_csrf", officer.csrf())).statusCode());
        RestAssured.given().get("/vouchers/publicity").then().statusCode(200).body(containsString("¥3,000.00"));
        assertEquals(303, officer.post("/vouchers/" + voucher + "/payment", Map.of("_csrf", officer.csrf())).statusCode());
        officer.get("/vouchers/" + voucher).then().statusCode(200).body(containsString("已兑付"))
                .body(containsString("voucher.paid"));
        Browser.signIn("enterprise2").get("/vouchers/" + voucher).then().statusCode(404);
    }

    @Test
    void the_monitor_page_draws_its_charts_from_a_script_file_and_a_json_block() {
        Browser officer = Browser.signIn("bureau");
        String page = officer.get("/vouchers/monitor").then().statusCode(200)
                .body(containsString("id=\"voucher-monitor-data\"")).body(containsString("/js/voucher-monitor.js"))
                .body(containsString("/_static/echarts/6.0.0/dist/echarts.min.js"))
                .extract().asString();
        Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*application/json)[^>]*>").matcher(page);
        assertTrue(!scripts.find(), "no inline script");
        RestAssured.given().get("/_static/echarts/6.0.0/dist/echarts.min.js").then().statusCode(200);
        RestAssured.given().get("/js/voucher-monitor.js").then().statusCode(200).body(containsString("echarts.init"));
        officer.get("/vouchers/monitor/export?format=xlsx").then().statusCode(200).contentType(containsString("spreadsheetml"));
        Browser.signIn("enterprise").get("/vouchers/monitor").then().statusCode(403).body(not(containsString("voucher-monitor-data")));
        officer.get("/vouchers").then().statusCode(200).body(containsString("/vouchers/monitor"));
    }
}
