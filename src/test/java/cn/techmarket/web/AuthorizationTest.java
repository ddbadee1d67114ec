package cn.techmarket.web;

import cn.techmarket.testsupport.Brokers;
import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Fixtures;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Who may do what, and with which credentials: the holes an attacker found, one test each. */
@QuarkusTest
class AuthorizationTest {

    private static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON);
    }

    @Test
    void the_json_api_does_not_take_the_pages_session_cookie() {
        Browser browser = Browser.signIn("enterprise");
        browser.get("/api/v1/me").then().statusCode(401);
        browser.post("/api/v1/inbox/read", Map.of()).then().statusCode(401);
    }

    @Test
    void a_bearer_token_works_beside_a_stale_session_cookie() {
        Browser browser = Browser.signIn("enterprise");
        given().header("Authorization", Tokens.bearer("enterprise"))
                .cookie("q_session_web", "stale-session-from-yesterday").get("/api/v1/me").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("enterprise")).cookies(Map.of("q_session_web",
                        browser.cookie("q_session_web") == null ? "x" : browser.cookie("q_session_web")))
                .get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void the_operator_sees_an_interest_but_may_not_withdraw_or_decide_it_for_an_organization() {
        int need = Listings.published("enterprise", "NEED", Listings.aNeed("运营者不得代撤意向需求"));
        Listings.verifiedOrgOf("enterprise2");
        int interest = as("enterprise2").body(Map.of("message", "希望合作", "contactPhone", "13800000000"))
                .post("/api/v1/listings/" + need + "/interests").then().statusCode(201).extract().path("id");
        as("admin").get("/api/v1/interests/" + interest).then().statusCode(200);
        as("admin").post("/api/v1/interests/" + interest + "/withdrawal").then().statusCode(403);
        as("admin").body(Map.of("decision", "ACCEPT")).post("/api/v1/interests/" + interest + "/decision")
                .then().statusCode(403);
        as("enterprise2").get("/api/v1/interests/" + interest).then().statusCode(200).body("status", equalTo("OPEN"));
        as("enterprise2").post("/api/v1/interests/" + interest + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void withdrawing_a_need_releases_its_claim_tells_the_broker_and_hides_the_claim() {
        Brokers.ensureProfile("broker");
        int need = Listings.published("enterprise", "NEED", Listings.aNeed("撤回后释放认领需求"));
        Brokers.claim("broker", need).then().statusCode(200);
        as("researcher").get("/api/v1/needs/" + need + "/claim").then().statusCode(200);

        Listings.act("enterprise", need, "WITHDRAW", null);

        as("researcher").get("/api/v1/needs/" + need + "/claim").then().statusCode(404);
        as("broker").get("/api/v1/needs/" + need + "/claim").then().statusCode(404);
        as("broker").get("/api/v1/brokers/me/claims").then().statusCode(200).body("needId", not(hasItem(need)));
        as("broker").get("/api/v1/inbox?size=100").then().statusCode(200)
                .body("items.kind", hasItem("CLAIM_RELEASED")).body("items.listingId", hasItem(need));
    }

    @Test
    void the_public_sees_the_kind_and_status_of_ip_items_and_verified_members_their_numbers() {
        Listings.verifiedOrgOf("enterprise");
        int result = Listings.published("enterprise2", "RESULT", Listings.aResult("知识产权门槛成果"));
        given().get("/api/v1/listings/" + result).then().statusCode(200)
                .body("gated", equalTo(true))
                .body("ipItems[0].type", equalTo("INVENTION_PATENT")).body("ipItems[0].status", equalTo("GRANTED"))
                .body("ipItems[0].number", org.hamcrest.Matchers.nullValue())
                .body("ipItems[0].title", org.hamcrest.Matchers.nullValue());
        given().get("/listings/" + result).then().statusCode(200)
                .body(not(org.hamcrest.Matchers.containsString("ZL2021")));
        as("enterprise").get("/api/v1/listings/" + result).then().statusCode(200)
                .body("gated", equalTo(false)).body("ipItems[0].number", equalTo("ZL2021 1 0123456.7"));
    }

    @Test
    void the_claims_of_a_non_broker_are_forbidden_like_the_broker_profile() {
        as("enterprise").get("/api/v1/brokers/me").then().statusCode(403);
        as("enterprise").get("/api/v1/brokers/me/claims").then().statusCode(403);
        Brokers.ensureProfile("broker");
        as("broker").get("/api/v1/brokers/me/claims").then().statusCode(200);
    }

    @Test
    void a_csrf_token_of_another_session_is_refused() {
        Browser victim = Browser.signIn("enterprise");
        Browser attacker = Browser.signIn("researcher");
        String attackersToken = attacker.csrf();
        // the attacker plants their own valid token as the victim's cookie and repeats it in the form
        victim.withCookie("csrf", attackersToken);
        Map<String, Object> form = new HashMap<>(Fixtures.anEnterprise("跨会话令牌公司"));
        form.put("designations", "HIGH_TECH_ENTERPRISE");
        form.put("_csrf", attackersToken);
        victim.post("/orgs", form).then().statusCode(403);
        // the victim's next page replaces the planted token with one of their own session, which works
        victim.get("/orgs/new").then().statusCode(200);
        form.put("_csrf", victim.cookie("csrf"));
        victim.post("/orgs", form).then().statusCode(303);
        List.of(attackersToken).forEach(t -> org.junit.jupiter.api.Assertions.assertNotEquals(t, victim.cookie("csrf")));
    }
}
