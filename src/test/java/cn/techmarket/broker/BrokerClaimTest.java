package cn.techmarket.broker;

import cn.techmarket.testsupport.Brokers;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claims on needs: the race between two brokers, the operator's assignment, release, and the ranked queue. */
@QuarkusTest
class BrokerClaimTest {

    @Test
    void two_brokers_claiming_at_once_end_with_exactly_one_owner() throws Exception {
        int broker = Brokers.ensureProfile("broker"), broker2 = Brokers.ensureProfile("broker2");
        Tokens.of("broker");
        Tokens.of("broker2");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                int need = Listings.published("enterprise", "NEED", Listings.aNeed("并发认领需求" + round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> calls = new ArrayList<>();
                for (String user : List.of("broker", "broker2")) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return Brokers.claim(user, need);
                    }));
                }
                start.countDown();
                Response first = calls.get(0).get(), second = calls.get(1).get();
                List<Integer> statuses = new ArrayList<>(List.of(first.statusCode(), second.statusCode()));
                statuses.sort(null);
                assertEquals(List.of(200, 409), statuses, "one claim wins, the other is refused");
                Response loser = first.statusCode() == 409 ? first : second;
                assertEquals("need-already-claimed", loser.path("code"));
                assertEquals("application/problem+json", loser.contentType().split(";")[0]);
                int winner = first.statusCode() == 200 ? broker : broker2;
                given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/needs/" + need + "/claim")
                        .then().statusCode(200).body("brokerId", equalTo(winner));
                given().header("Authorization", Tokens.bearer("admin"))
                        .queryParam("entityType", "need-claim").queryParam("entityId", need).get("/api/v1/audit")
                        .then().body("items.action", equalTo(List.of("need.claimed")));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_operator_assigns_a_need_and_only_the_holder_or_the_operator_releases_it() {
        int broker2 = Brokers.ensureProfile("broker2");
        Brokers.ensureProfile("broker");
        int need = Listings.published("enterprise", "NEED", Listings.aNeed("运营分配需求"));
        given().header("Authorization", Tokens.bearer("broker")).contentType(ContentType.JSON)
                .body(Map.of("brokerId", broker2)).put("/api/v1/needs/" + need + "/assignment").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("brokerId", 999_999)).put("/api/v1/needs/" + need + "/assignment").then().statusCode(400)
                .body("errors[0].field", equalTo("brokerId"));
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("brokerId", broker2)).put("/api/v1/needs/" + need + "/assignment").then().statusCode(200)
                .body("brokerId", equalTo(broker2)).body("assignedBy", equalTo("admin"));

        Brokers.claim("broker", need).then().statusCode(409).body("code", equalTo("need-already-claimed"));
        given().header("Authorization", Tokens.bearer("broker")).delete("/api/v1/needs/" + need + "/claim")
                .then().statusCode(403);
        given().header("Authorization", Tokens.bearer("broker2")).get("/api/v1/brokers/me/claims")
                .then().statusCode(200).body("needId", hasItem(need));
        given().header("Authorization", Tokens.bearer("broker2")).delete("/api/v1/needs/" + need + "/claim")
                .then().statusCode(204);
        Brokers.claim("broker", need).then().statusCode(200);
        given().header("Authorization", Tokens.bearer("admin"))
                .queryParam("entityType", "need-claim").queryParam("entityId", need).get("/api/v1/audit")
                .then().body("items.action", equalTo(List.of("need.assigned", "need.released", "need.claimed")));
    }

    @Test
    void only_brokers_with_a_profile_claim() {
        int need = Listings.published("enterprise", "NEED", Listings.aNeed("非经纪人不可认领"));
        Brokers.claim("enterprise", need).then().statusCode(403).body("code", equalTo("forbidden"));
        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/broker-queue").then().statusCode(403);
        given().post("/api/v1/needs/" + need + "/claim").then().statusCode(401);
        Brokers.ensureProfile("broker");
        Brokers.claim("broker", 987_654_321).then().statusCode(404);
    }

    @Test
    void the_queue_ranks_needs_by_fit_to_the_broker_then_by_complexity_and_hides_claimed_ones() {
        // broker2 works in 现代农业 around 达州 (511700); the fixture needs differ in fit and complexity
        Brokers.profile("broker2", List.of("AGRI"), List.of("511700"));
        int simpleFit = Listings.published("enterprise", "NEED", need("茶叶保鲜简单需求", "AGRI", "511702", false));
        int complexFit = Listings.published("enterprise", "NEED", need("茶叶加工复杂需求", "AGRI", "511702", true));
        int regionOnly = Listings.published("enterprise", "NEED", need("达州装备需求", "EQUIP", "511702", true));
        int noFit = Listings.published("enterprise", "NEED", need("成都装备需求", "EQUIP", "510104", true));
        int claimed = Listings.published("enterprise", "NEED", need("已认领农业需求", "AGRI", "511702", true));
        Brokers.claim("broker2", claimed).then().statusCode(200);

        List<Integer> order = new ArrayList<>();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            Response r = given().header("Authorization", Tokens.bearer("broker2")).queryParam("size", 100)
                    .queryParam("page", page).get("/api/v1/broker-queue").then().statusCode(200).extract().response();
            items.addAll(r.path("items"));
            if (page >= r.<Integer>path("totalPages")) {
                break;
            }
        }
        items.forEach(i -> order.add((Integer) i.get("needId")));
        assertTrue(order.indexOf(complexFit) < order.indexOf(simpleFit), () -> "equal fit: the more complex first "
                + (order.indexOf(complexFit) < 0 ? "missing" : items.get(order.indexOf(complexFit))) + " / "
                + (order.indexOf(simpleFit) < 0 ? "missing" : items.get(order.indexOf(simpleFit))));
        assertTrue(order.indexOf(simpleFit) < order.indexOf(regionOnly), "industry and region before region only");
        assertTrue(order.indexOf(regionOnly) < order.indexOf(noFit), "some fit before none");
        assertTrue(!order.contains(claimed), "a claimed need leaves the queue");
        Map<String, Object> top = items.get(order.indexOf(complexFit));
        assertEquals(1.0f, ((Number) ((Map<?, ?>) top.get("fit")).get("score")).floatValue());
        assertEquals("BROKER_REQUIRED", ((Map<?, ?>) top.get("complexity")).get("routing"));
        Map<String, Object> simple = items.get(order.indexOf(simpleFit));
        assertEquals("AUTO", ((Map<?, ?>) simple.get("complexity")).get("routing"));

        given().get("/api/v1/needs/" + complexFit + "/complexity").then().statusCode(404);
        given().header("Authorization", Tokens.bearer("broker")).get("/api/v1/needs/" + complexFit + "/complexity").then().statusCode(200)
                .body("routing", equalTo("BROKER_REQUIRED")).body("factors.name",
                        equalTo(List.of("indicators", "production", "ip", "commercial", "length", "budget")));
        given().header("Authorization", Tokens.bearer("admin")).queryParam("size", 100).get("/api/v1/broker-queue")
                .then().statusCode(200).body("items.needId", not(hasItem(claimed)));
    }

    /** A simple need: lab stage, no quantified target, a stated narrow budget, consulting; or a complex one. */
    static Map<String, Object> need(String title, String industry, String region, boolean complex) {
        Map<String, Object> f = new HashMap<>(Listings.aNeed(title));
        f.put("industryCode", industry);
        f.put("regionCode", region);
        f.put("keywords", "测试");
        f.put("details", null);
        if (complex) {
            f.put("stage", "PILOT");
            f.put("trl", 5);
            f.put("modes", List.of("TRANSFER"));
            f.put("priceNegotiable", true);
            f.put("priceMin", null);
            f.put("priceMax", null);
            f.put("problem", "需中试放大后批量量产，涉及核心专利许可与技术秘密保护，供应链国产化替代，对可靠性和寿命要求高。");
            f.put("targetIndicators", "良品率≥95%，寿命 24000 小时，能耗降低 20%");
        } else {
            f.put("summary", "简单咨询");
            f.put("stage", "LAB");
            f.put("trl", 3);
            f.put("modes", List.of("CONSULTING"));
            f.put("priceMin", "50000.00");
            f.put("priceMax", "60000.00");
            f.put("problem", "咨询");
            f.put("targetIndicators", "改进");
            f.put("needClass", "STRENGTH");
        }
        return f;
    }
}
