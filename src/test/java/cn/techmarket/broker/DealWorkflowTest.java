package cn.techmarket.broker;

import cn.techmarket.testsupport.Brokers;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A deal through its stages, with the audit trail, the hand-over to contract registration, and who may do what. */
@QuarkusTest
class DealWorkflowTest {
    @Inject
    DealRegistrations registrations;
    @Inject
    SignedDeals signedDeals;
    @Inject
    jakarta.validation.ValidatorFactory validation;

    @Test
    void dates_in_forms_are_checked_against_today_in_china() {
        assertEquals(cn.techmarket.common.Clocks.CHINA, validation.getClockProvider().getClock().getZone());
    }

    private static Map<String, Object> to(String stage) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", stage);
        return body;
    }

    @Test
    void a_deal_moves_from_lead_to_registered_and_every_step_is_audited() {
        int deal = Brokers.openDeal("broker", "高温涂层技术许可");
        String broker = Tokens.bearer("broker");
        given().header("Authorization", broker).get("/api/v1/deals/" + deal).then().statusCode(200)
                .body("stage", equalTo("LEAD")).body("results", hasSize(1))
                .body("parties.role", equalTo(List.of("DEMAND", "SUPPLY")))
                .body("nextStages", equalTo(List.of("DOCKING", "TERMINATED")));

        Map<String, Object> docking = new HashMap<>();
        docking.put("kind", "VISIT");
        docking.put("occurredAt", OffsetDateTime.now().minusHours(2).toString());
        docking.put("parties", "需求方王工；成果方李教授");
        docking.put("notes", "现场查看产线，确认涂层寿命指标");
        docking.put("nextStep", "发送样品测试方案");
        docking.put("nextStepDue", LocalDate.now().plusDays(7).toString());
        given().header("Authorization", broker).contentType(ContentType.JSON).body(docking)
                .post("/api/v1/deals/" + deal + "/dockings").then().statusCode(201).body("kind", equalTo("VISIT"));

        Brokers.move("broker", deal, to("DOCKING")).then().statusCode(200).body("stage", equalTo("DOCKING"));
        Brokers.move("broker", deal, to("SIGNED")).then().statusCode(409).body("code", equalTo("deal-invalid-transition"));
        Brokers.move("broker", deal, to("LEAD")).then().statusCode(409).body("code", equalTo("deal-invalid-transition"));
        Brokers.move("broker", deal, to("NEGOTIATION")).then().statusCode(200);

        Map<String, Object> sign = to("SIGNED");
        sign.put("amount", "1234567.89");
        sign.put("signedOn", LocalDate.now().toString());
        Brokers.move("broker", deal, sign).then().statusCode(409).body("code", equalTo("deal-commission-missing"));
        given().header("Authorization", broker).contentType(ContentType.JSON)
                .body(Map.of("kind", "PERCENT", "rate", "3.50")).put("/api/v1/deals/" + deal + "/commission")
                .then().statusCode(200).body("commission.kind", equalTo("PERCENT"));
        Brokers.move("broker", deal, to("SIGNED")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("amount", "signedOn")));
        Map<String, Object> registered = to("REGISTERED");
        Brokers.move("broker", deal, registered).then().statusCode(409);

        int before = signedDeals.seen().size();
        Brokers.move("broker", deal, sign).then().statusCode(200).body("stage", equalTo("SIGNED"))
                .body("amount", equalTo(1234567.89f)).body("commission.due", equalTo(43209.88f))
                .body("nextStages", hasSize(0));
        assertEquals(before + 1, signedDeals.seen().size(), "signing hands the deal over to contract registration");
        DealSigned handover = signedDeals.seen().get(before);
        assertEquals(deal, handover.dealId());
        assertEquals(new BigDecimal("1234567.89"), handover.amount());
        assertEquals(1, handover.supplyOrgIds().size());

        Brokers.move("broker", deal, registered).then().statusCode(409).body("code", equalTo("deal-registered-by-contract"));
        Brokers.move("broker", deal, to("TERMINATED")).then().statusCode(409);
        registrations.registered(deal, "510603-2026-000123");
        given().header("Authorization", broker).get("/api/v1/deals/" + deal).then()
                .body("stage", equalTo("REGISTERED")).body("contractRef", equalTo("510603-2026-000123"))
                .body("history.stage", equalTo(List.of("LEAD", "DOCKING", "NEGOTIATION", "SIGNED", "REGISTERED")));

        given().header("Authorization", Tokens.bearer("admin"))
                .queryParam("entityType", "deal").queryParam("entityId", deal).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("deal.opened", "deal.docking", "deal.docking", "deal.negotiation",
                        "deal.commission", "deal.signed", "deal.registered")))
                .body("items[5].before.stage", equalTo("NEGOTIATION"))
                .body("items[5].after.stage", equalTo("SIGNED"));
    }

    @Test
    void termination_needs_a_structured_reason_and_ends_the_deal() {
        int deal = Brokers.openDeal("broker", "终止交易");
        Brokers.move("broker", deal, to("TERMINATED")).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Map<String, Object> other = to("TERMINATED");
        other.put("reason", "OTHER");
        Brokers.move("broker", deal, other).then().statusCode(400).body("errors[0].field", equalTo("note"));
        Map<String, Object> unknown = to("TERMINATED");
        unknown.put("reason", "BORED");
        Brokers.move("broker", deal, unknown).then().statusCode(400).body("code", equalTo("malformed-body"))
                .body("errors[0].field", equalTo("reason"));
        Map<String, Object> priceGap = to("TERMINATED");
        priceGap.put("reason", "PRICE_GAP");
        priceGap.put("note", "报价差距过大");
        Brokers.move("broker", deal, priceGap).then().statusCode(200).body("stage", equalTo("TERMINATED"))
                .body("terminationReason", equalTo("PRICE_GAP")).body("nextStages", hasSize(0));
        Brokers.move("broker", deal, to("DOCKING")).then().statusCode(409);
    }

    @Test
    void commission_terms_are_checked_field_by_field() {
        int deal = Brokers.openDeal("broker", "佣金校验");
        String broker = Tokens.bearer("broker");
        given().header("Authorization", broker).contentType(ContentType.JSON)
                .body(Map.of("kind", "FIXED", "rate", "5", "amount", "10000.00")).put("/api/v1/deals/" + deal + "/commission")
                .then().statusCode(400).body("errors.field", equalTo(List.of("rate")));
        given().header("Authorization", broker).contentType(ContentType.JSON)
                .body(Map.of("kind", "PERCENT", "rate", "150")).put("/api/v1/deals/" + deal + "/commission")
                .then().statusCode(400).body("errors.field", hasItem("rate"));
        given().header("Authorization", broker).contentType(ContentType.JSON)
                .body(Map.of("kind", "FIXED", "amount", "100.001")).put("/api/v1/deals/" + deal + "/commission")
                .then().statusCode(400).body("errors.field", equalTo(List.of("amount")));
        given().header("Authorization", broker).contentType(ContentType.JSON)
                .body(Map.of("kind", "INCOME_SHARE", "rate", "10")).put("/api/v1/deals/" + deal + "/commission")
                .then().statusCode(400).body("errors.field", equalTo(List.of("years")));
        given().header("Authorization", broker).contentType(ContentType.JSON)
                .body(Map.of("kind", "INCOME_SHARE", "rate", "10", "years", 3)).put("/api/v1/deals/" + deal + "/commission")
                .then().statusCode(200).body("commission.years", equalTo(3));
    }

    @Test
    void a_broker_sees_only_their_own_deals_and_the_operator_sees_but_does_not_carry_them() {
        int deal = Brokers.openDeal("broker", "他人交易不可见");
        Brokers.ensureProfile("broker2");
        given().header("Authorization", Tokens.bearer("broker2")).get("/api/v1/deals/" + deal).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("broker2")).get("/api/v1/deals/" + deal + "/dockings").then().statusCode(404);
        Brokers.move("broker2", deal, to("DOCKING")).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("broker2")).get("/api/v1/deals?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(deal)));
        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/deals").then().statusCode(403);
        given().get("/api/v1/deals/" + deal).then().statusCode(401);

        given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/deals/" + deal).then().statusCode(200);
        Brokers.move("admin", deal, to("DOCKING")).then().statusCode(403);

        // only the holder of a need opens deals on it
        int need = given().header("Authorization", Tokens.bearer("broker")).get("/api/v1/deals/" + deal)
                .then().extract().path("need.code") instanceof String s ? Integer.parseInt(s) : -1;
        given().header("Authorization", Tokens.bearer("broker2")).contentType(ContentType.JSON)
                .body(Map.of("needId", need, "title", "抢单", "resultIds", List.of(1))).post("/api/v1/deals")
                .then().statusCode(409).body("code", equalTo("need-not-held"));
        // the claim cannot be released while the deal is open
        given().header("Authorization", Tokens.bearer("broker")).delete("/api/v1/needs/" + need + "/claim")
                .then().statusCode(409).body("code", equalTo("claim-has-open-deals"));
        assertTrue(need > 0);
    }

    @Test
    void bad_input_gets_field_errors() {
        Brokers.ensureProfile("broker");
        given().header("Authorization", Tokens.bearer("broker")).contentType(ContentType.JSON)
                .body(Map.of("title", "x".repeat(201), "resultIds", List.of())).post("/api/v1/deals")
                .then().statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", equalTo(List.of("needId", "resultIds", "title")));
        given().header("Authorization", Tokens.bearer("broker")).contentType(ContentType.JSON)
                .body(Map.of("level", "SENIOR", "fields", List.of("NOPE"), "regions", List.of("999999", "CDMZ"),
                        "version", 999))
                .put("/api/v1/brokers/me").then().statusCode(400)
                .body("errors.field", equalTo(List.of("fields[0]", "regions[0]")));
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON)
                .body(Map.of("level", "SENIOR", "fields", List.of("EQUIP"), "regions", List.of("CDMZ")))
                .put("/api/v1/brokers/me").then().statusCode(403);
    }

    @Test
    void the_public_profile_shows_training_and_a_track_record_computed_from_deals() {
        int id = Brokers.ensureProfile("broker2");
        given().header("Authorization", Tokens.bearer("broker2")).contentType(ContentType.JSON)
                .body(Map.of("kind", "CONTINUING", "title", "技术经理人继续教育", "provider", "国家技术转移西南中心",
                        "completedOn", LocalDate.now().minusDays(30).toString(), "hours", 16))
                .post("/api/v1/brokers/me/trainings").then().statusCode(201);
        given().header("Authorization", Tokens.bearer("broker2")).contentType(ContentType.JSON)
                .body(Map.of("kind", "CONTINUING", "title", "未来课程", "provider", "x",
                        "completedOn", LocalDate.now().plusDays(3).toString(), "hours", 0))
                .post("/api/v1/brokers/me/trainings").then().statusCode(400)
                .body("errors.field", equalTo(List.of("completedOn", "hours")));
        int deal = Brokers.openDeal("broker2", "履历统计");
        Map<String, Object> gap = to("TERMINATED");
        gap.put("reason", "IP_RISK");
        Brokers.move("broker2", deal, gap).then().statusCode(200);
        given().get("/api/v1/brokers/" + id).then().statusCode(200)
                .body("trainings.title", hasItem("技术经理人继续教育"))
                .body("trackRecord.terminated", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("phone", org.hamcrest.Matchers.nullValue());
    }
}
