package cn.techmarket.interest;

import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Expressions of interest through the API: contacts open only on acceptance, reasons, rules, authorization. */
@QuarkusTest
class InterestTest {
    @jakarta.inject.Inject
    io.quarkus.mailer.MockMailbox mailbox;
    private static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON);
    }

    private static int publishedResult(String phone) {
        Map<String, Object> form = Listings.aResult("意向测试成果-" + UUID.randomUUID().toString().substring(0, 8));
        form.put("contactPhone", phone);
        return Listings.published("enterprise", "RESULT", form);
    }

    private static int express(String user, int listingId) {
        return as(user).body(Map.of("message", "我们希望合作开发，预算约 100 万元。", "contactPhone", "0838-1234567"))
                .post("/api/v1/listings/" + listingId + "/interests").then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("id");
    }

    private static Map<String, Object> decision(String decision, String reason, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        body.put("note", note);
        return body;
    }

    @Test
    void contacts_are_revealed_to_both_parties_only_after_the_owner_accepts() {
        int id = publishedResult("0838-7770001");
        Listings.verifiedOrgOf("enterprise2");
        as("enterprise2").get("/api/v1/listings/" + id).then().statusCode(200)
                .body("gated", equalTo(false)).body("details", notNullValue())
                .body("contactsGated", equalTo(true)).body("contactPhone", nullValue()).body("contactEmail", nullValue());

        int interest = express("enterprise2", id);
        as("enterprise2").get("/api/v1/listings/" + id).then().body("contactPhone", nullValue());
        as("enterprise").get("/api/v1/listings/" + id + "/interests").then().statusCode(200)
                .body("items[0].id", equalTo(interest)).body("items[0].party", nullValue());
        as("enterprise").get("/api/v1/inbox").then().statusCode(200)
                .body("items.kind", hasItem("INTEREST_RECEIVED"));
        String title = as("enterprise").get("/api/v1/listings/" + id).then().extract().path("title");
        long deadline = System.currentTimeMillis() + 20_000;
        while (mailbox.getMailsSentTo("enterprise@demo.techmarket.local").stream()
                .noneMatch(m -> m.getSubject().contains("收到新的合作意向") && m.getSubject().contains(title))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the owner was not mailed about the interest");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the owner's mail", e);
            }
        }

        as("enterprise").body(decision("ACCEPT", null, null)).post("/api/v1/interests/" + interest + "/decision")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("party.email", equalTo("enterprise2@demo.techmarket.local"))
                .body("party.phone", equalTo("0838-1234567"));
        as("enterprise2").get("/api/v1/listings/" + id).then().statusCode(200)
                .body("contactsGated", equalTo(false)).body("contactPhone", equalTo("0838-7770001"));
        as("enterprise2").get("/api/v1/interests/mine").then().statusCode(200)
                .body("items.find { it.id == " + interest + " }.listingContact.phone", equalTo("0838-7770001"));
        as("enterprise2").get("/api/v1/inbox").then().body("items.kind", hasItem("INTEREST_ACCEPTED"));
        as("admin").get("/api/v1/audit?entityType=interest&entityId=" + interest).then().statusCode(200)
                .body("items.action", equalTo(List.of("interest.expressed", "interest.accepted")));
    }

    @Test
    void a_decline_needs_a_reason_and_keeps_the_contacts_hidden() {
        int id = publishedResult("0838-7770002");
        Listings.verifiedOrgOf("broker");
        int interest = express("broker", id);

        as("enterprise").body(decision("DECLINE", null, null)).post("/api/v1/interests/" + interest + "/decision")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed")).body("errors[0].field", equalTo("reason"));
        as("enterprise").body(decision("DECLINE", "OTHER", " ")).post("/api/v1/interests/" + interest + "/decision")
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        as("enterprise").body(decision("DECLINE", "PRICE", "预算差距较大")).post("/api/v1/interests/" + interest + "/decision")
                .then().statusCode(200).body("status", equalTo("DECLINED")).body("declineReason", equalTo("PRICE"))
                .body("party", nullValue());
        as("broker").get("/api/v1/listings/" + id).then().body("contactsGated", equalTo(true)).body("contactPhone", nullValue());
        as("enterprise").body(decision("ACCEPT", null, null)).post("/api/v1/interests/" + interest + "/decision")
                .then().statusCode(409).body("code", equalTo("interest-not-open"));
        as("broker").get("/api/v1/inbox").then().body("items.kind", hasItem("INTEREST_DECLINED"));
        // after a decline the organization may try again
        express("broker", id);
    }

    @Test
    void interest_is_refused_on_an_own_unpublished_or_already_open_listing() {
        int id = publishedResult("0838-7770003");
        as("enterprise").body(Map.of("message", "自己的发布")).post("/api/v1/listings/" + id + "/interests")
                .then().statusCode(409).body("code", equalTo("interest-own-listing"));
        int draft = Listings.create("enterprise", "RESULT", Listings.aResult("未发布成果-" + UUID.randomUUID()));
        Listings.verifiedOrgOf("enterprise2");
        as("enterprise2").body(Map.of("message", "草稿")).post("/api/v1/listings/" + draft + "/interests")
                .then().statusCode(404);
        as("enterprise2").body(Map.of("message", "")).post("/api/v1/listings/" + id + "/interests")
                .then().statusCode(400).body("errors[0].field", equalTo("message"));
        as("enterprise2").body(Map.of("message", "x".repeat(2001))).post("/api/v1/listings/" + id + "/interests")
                .then().statusCode(400).body("errors[0].field", equalTo("message"));
        express("enterprise2", id);
        as("enterprise2").body(Map.of("message", "再来一次")).post("/api/v1/listings/" + id + "/interests")
                .then().statusCode(409).body("code", equalTo("interest-exists"));
        as("provider").body(Map.of("message", "没有认证机构")).post("/api/v1/listings/" + id + "/interests")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("message", "匿名")).post("/api/v1/listings/" + id + "/interests")
                .then().statusCode(401);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/listings/{id}/interests'.post.summary", notNullValue())
                .body("paths.'/api/v1/interests/{id}/decision'.post.summary", notNullValue());
    }

    @Test
    void each_side_may_do_only_its_own_part() {
        int id = publishedResult("0838-7770004");
        Listings.verifiedOrgOf("enterprise2");
        Listings.verifiedOrgOf("broker");
        int interest = express("enterprise2", id);
        as("enterprise2").body(decision("ACCEPT", null, null)).post("/api/v1/interests/" + interest + "/decision")
                .then().statusCode(403);
        as("broker").get("/api/v1/interests/" + interest).then().statusCode(404);
        as("broker").post("/api/v1/interests/" + interest + "/withdrawal").then().statusCode(404);
        as("broker").get("/api/v1/listings/" + id + "/interests").then().statusCode(403);
        as("enterprise").post("/api/v1/interests/" + interest + "/withdrawal").then().statusCode(403);
        as("enterprise2").post("/api/v1/interests/" + interest + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as("enterprise").get("/api/v1/inbox").then().body("items.kind", hasItem("INTEREST_WITHDRAWN"));
        as("enterprise").body(decision("ACCEPT", null, null)).post("/api/v1/interests/" + interest + "/decision")
                .then().statusCode(409);
        as("enterprise2").get("/api/v1/listings/" + id).then().body("contactPhone", nullValue());
    }
}
