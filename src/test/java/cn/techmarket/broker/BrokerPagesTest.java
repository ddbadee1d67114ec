package cn.techmarket.broker;

import cn.techmarket.testsupport.Brokers;
import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Listings;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbench pages through a signed-in browser: profile form, queue, claim, deal page, forms with field errors. */
@QuarkusTest
class BrokerPagesTest {
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d*)\"");
    private static final Pattern DEAL = Pattern.compile("/deals/(\\d+)$");

    private static String version(Browser browser, String url) {
        Matcher m = VERSION.matcher(browser.get(url).asString());
        return m.find() ? m.group(1) : "";
    }

    @Test
    void the_profile_form_shows_errors_beside_the_fields_and_saves() {
        Browser broker2 = Browser.signIn("broker2");
        broker2.get("/broker/profile").then().statusCode(200).body(containsString("name=\"level\""));
        Map<String, Object> bad = new HashMap<>();
        bad.put("_csrf", broker2.csrf());
        bad.put("level", "");
        bad.put("regions", List.of("999999"));
        bad.put("phone", "abc");
        bad.put("version", version(broker2, "/broker/profile"));
        broker2.post("/broker/profile", bad).then().statusCode(400)
                .body(containsString("id=\"level-error\""))
                .body(containsString("请选择技术经理人等级"))
                .body(containsString("请至少选择一个擅长领域"))
                .body(containsString("电话号码"));

        Map<String, Object> good = new HashMap<>(bad);
        good.put("level", "SENIOR");
        good.put("fields", List.of("EQUIP", "MAT"));
        good.put("regions", List.of("CDMZ", "511700"));
        good.put("phone", "0838-2200000");
        good.put("bio", "<b>十年</b>装备制造技术转移经验");
        Response saved = broker2.post("/broker/profile", good);
        assertEquals(303, saved.statusCode(), saved.asString());
        broker2.follow(saved).then().statusCode(200).body(containsString("已保存"));

        int id = Brokers.ensureProfile("broker2");
        given().get("/brokers/" + id).then().statusCode(200)
                .body(containsString("高级技术经理人")).body(containsString("成德眉资"))
                .body(containsString("&lt;b&gt;十年")).body(not(containsString("<b>十年")))
                .body(not(containsString("0838-2200000")));

        Map<String, Object> training = new HashMap<>();
        training.put("_csrf", broker2.csrf());
        training.put("kind", "INITIAL");
        training.put("title", "");
        training.put("provider", "四川省技术转移中心");
        training.put("completedOn", "2099-01-01");
        training.put("hours", "x");
        broker2.post("/broker/trainings", training).then().statusCode(400)
                .body(containsString("不能晚于今天")).body(containsString("须为数字")).body(containsString("请填写标题"));
    }

    @Test
    void a_broker_claims_from_the_queue_opens_a_deal_and_works_it_on_its_page() {
        Brokers.ensureProfile("broker");
        Browser broker = Browser.signIn("broker");
        int need = Listings.published("enterprise", "NEED", Listings.aNeed("页面认领的需求"));
        int result = Listings.published("enterprise2", "RESULT", Listings.aResult("页面认领的成果"));
        broker.get("/broker").then().statusCode(200).body(containsString("待认领需求"))
                .body(containsString("需求复杂度")).body(containsString("id=\"need-" + need + "\""));

        Listings.awaitIndexed();
        broker.get("/matches/" + need + "?panel=true").then().statusCode(200).body(containsString("需求复杂度"));
        given().get("/matches/" + result + "?panel=true").then().statusCode(200).body(not(containsString("需求复杂度")));

        broker.post("/broker/claims", Map.of("needId", need)).then().statusCode(403);
        Response claimed = broker.post("/broker/claims", Map.of("_csrf", broker.csrf(), "needId", need));
        assertEquals(303, claimed.statusCode());
        broker.get("/broker").then().body(containsString("/deals/new?needId=" + need))
                .body(not(containsString("id=\"need-" + need + "\"")));

        broker.get("/deals/new?needId=" + need).then().statusCode(200).body(containsString("页面认领的需求"));
        Map<String, Object> deal = new HashMap<>();
        deal.put("_csrf", broker.csrf());
        deal.put("needId", need);
        deal.put("title", "<script>alert(1)</script>页面交易");
        deal.put("resultIds", "abc");
        deal.put("commissionKind", "PERCENT");
        deal.put("rate", "");
        broker.post("/deals", deal).then().statusCode(400)
                .body(containsString("id=\"resultIds-error\"")).body(containsString("须为数字"));
        deal.put("resultIds", String.valueOf(result));
        broker.post("/deals", deal).then().statusCode(400).body(containsString("此佣金方式须填写比例"));
        deal.put("rate", "5");
        Response opened = broker.post("/deals", deal);
        assertEquals(303, opened.statusCode(), opened.asString());
        Matcher m = DEAL.matcher(opened.header("Location"));
        assertTrue(m.find());
        String page = "/deals/" + m.group(1);
        broker.get(page).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;页面交易"))
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("aria-current=\"step\">线索"))
                .body(containsString("进入对接"));

        Map<String, Object> docking = new HashMap<>();
        docking.put("_csrf", broker.csrf());
        docking.put("kind", "CALL");
        docking.put("occurredAt", "2026-13-01T10:00");
        docking.put("parties", "王工");
        docking.put("notes", "");
        broker.post(page + "/dockings", docking).then().statusCode(400)
                .body(containsString("须为日期时间")).body(containsString("请填写对接情况"));
        docking.put("occurredAt", LocalDate.now().minusDays(1) + "T10:00");
        docking.put("notes", "电话沟通需求细节");
        assertEquals(303, broker.post(page + "/dockings", docking).statusCode());

        String version = version(broker, page);
        assertEquals(303, broker.post(page + "/transitions", Map.of("_csrf", broker.csrf(), "to", "DOCKING",
                "version", version)).statusCode());
        broker.post(page + "/transitions", Map.of("_csrf", broker.csrf(), "to", "TERMINATED",
                "version", version(broker, page))).then().statusCode(400).body(containsString("终止时须选择原因"));
        broker.get(page).then().body(containsString("电话沟通需求细节")).body(containsString("aria-current=\"step\">对接中"));

        broker.english().get(page).then().statusCode(200).body(containsString("Docking log"))
                .body(containsString("aria-current=\"step\">Docking"));

        Browser other = Browser.signIn("broker2");
        other.get(page).then().statusCode(404);
    }

    @Test
    void the_dashboard_draws_its_chart_on_the_server_in_either_language() {
        Brokers.ensureProfile("broker");
        Browser broker = Browser.signIn("broker");
        broker.get("/broker/dashboard").then().statusCode(200).body(containsString("<svg"))
                .body(containsString("阶段转化")).body(containsString("促成成交额"));
        broker.english().get("/broker/dashboard?from=2019-01-01&to=2019-12-31").then().statusCode(200)
                .body(containsString("Broker dashboard")).body(containsString("Conversion"));
        broker.get("/broker/dashboard?from=bad").then().statusCode(400);
        Browser enterprise = Browser.signIn("enterprise");
        enterprise.get("/broker").then().statusCode(403);
        enterprise.get("/").then().body(not(containsString("href=\"/broker\"")));
        broker.get("/").then().body(containsString("href=\"/broker\""));
    }

    @Test
    void the_operator_assigns_a_need_from_the_workbench() {
        int broker = Brokers.ensureProfile("broker");
        int need = Listings.published("enterprise", "NEED",
                BrokerClaimTest.need("运营在工作台分配的需求", "EQUIP", "510603", true));
        Browser admin = Browser.signIn("admin");
        admin.get("/broker?size=100").then().statusCode(200).body(containsString("id=\"assign-" + need + "\""))
                .body(containsString("全部交易"));
        Response assigned = admin.post("/broker/assignments", Map.of("_csrf", admin.csrf(), "needId", need,
                "brokerId", broker));
        assertEquals(303, assigned.statusCode());
        admin.get("/broker?size=100").then().body(not(containsString("id=\"assign-" + need + "\"")));
        Browser.signIn("broker").get("/broker").then().body(containsString("运营在工作台分配的需求"))
                .body(containsString("运营分配"));
    }
}
