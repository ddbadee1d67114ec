package cn.techmarket.contract;

import cn.techmarket.testsupport.Contracts;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static cn.techmarket.testsupport.Contracts.act;
import static cn.techmarket.testsupport.Contracts.reason;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The registration workflow on the 2025 official calendar: 国庆/中秋 1–8 October off, Sunday 28 September and
 * Saturday 11 October worked (调休). Deadlines below are counted by hand on that calendar.
 */
@QuarkusTest
class ContractWorkflowTest {
    @Inject
    RegistryEvents registryEvents;
    private FixedReviewDates dates;

    @BeforeEach
    void onTheOfficialCalendar() {
        dates = new FixedReviewDates("2025-09-26");
        QuarkusMock.installMockForType(dates, ReviewDates.class);
    }

    @Test
    void a_contract_goes_through_every_state_with_its_deadline_in_working_days() throws Exception {
        int org = Listings.verifiedOrgOf("enterprise");
        Map<String, Object> form = Contracts.aContract(org, "510603", "800000.00");
        Contracts.addCost(form, "EQUIPMENT", "120000.50");
        int id = Contracts.create("enterprise", form).then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("contractClass", equalTo("DEVELOPMENT"))
                .body("techAmount", equalTo(679999.50f)).extract().path("id");

        act("enterprise", id, "submit", null).then().statusCode(409).body("code", equalTo("contract-text-missing"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Contracts.PDF));
        Contracts.attach("enterprise", id, "CONTRACT_TEXT", Contracts.PDF).then().statusCode(201)
                .body("sha256", equalTo(sha)).body("mediaType", equalTo("application/pdf"));
        Contracts.attach("enterprise", id, "OTHER", "not a pdf".getBytes()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("file")));

        // Friday 26 Sep + 15 working days: 28 Sep (调休 Sunday), 29, 30, [1–8 Oct off], 9, 10, 11 (调休 Saturday), 13–17, 20–23
        act("enterprise", id, "submit", null).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("submittedOn", equalTo("2025-09-26")).body("deadlineOn", equalTo("2025-10-23"));
        queue().then().body("items.id", hasItem(id));

        act("registrar", id, "supplement-request", reason("请补充盖章页", null)).then().statusCode(200)
                .body("status", equalTo("SUPPLEMENT_REQUESTED")).body("deadlineOn", nullValue())
                .body("supplementNote", equalTo("请补充盖章页"));
        act("registrar", id, "registration", null).then().statusCode(409);
        form.put("version", Contracts.get("enterprise", id).path("version"));
        form.put("title", "高温合金叶片涂层工艺开发（补正）");
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON).body(form)
                .put("/api/v1/contracts/" + id).then().statusCode(200).body("title", equalTo("高温合金叶片涂层工艺开发（补正）"));

        // resubmitted Tuesday 30 Sep: the clock restarts; 15 working days end on 28 Oct
        dates.day = java.time.LocalDate.parse("2025-09-30");
        act("enterprise", id, "submit", null).then().statusCode(200).body("deadlineOn", equalTo("2025-10-28"));
        dates.day = java.time.LocalDate.parse("2025-10-29");
        queue().then().body("items.find { it.id == " + id + " }.overdue", equalTo(true));

        act("registrar", id, "expert-review", null).then().statusCode(200).body("status", equalTo("EXPERT_REVIEW"));
        int eventsBefore = registryEvents.seen().size();
        String number = act("registrar", id, "registration", null).then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("registeredOn", equalTo("2025-10-29"))
                .body("registrationNo", startsWith("2025510603")).extract().path("registrationNo");
        Contracts.get("enterprise", id).then().body("registrationNo", equalTo(number));

        Map<String, Object> change = reason("补充协议增加研发内容", "2025-11-15");
        change.put("totalAmount", "900000.00");
        change.put("costLines", List.of(Contracts.costLine("PARTS", "100000.00")));
        act("registrar", id, "changes", change).then().statusCode(200).body("status", equalTo("REGISTERED"))
                .body("totalAmount", equalTo(900000.00f)).body("techAmount", equalTo(800000.00f));
        act("registrar", id, "cancellation", reason("双方解除合同", "2025-10-01")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("effectiveOn")));
        act("registrar", id, "cancellation", reason("双方解除合同", "2025-12-01")).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        act("registrar", id, "changes", change).then().statusCode(409).body("code", equalTo("contract-not-registered"));

        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/contracts/" + id + "/history")
                .then().statusCode(200)
                .body("kind", equalTo(List.of("REGISTERED", "CHANGED", "CANCELLED")))
                .body("revision", equalTo(List.of(0, 1, 2)))
                .body("effectiveOn", equalTo(List.of("2025-10-29", "2025-11-15", "2025-12-01")))
                .body("totalAmount", equalTo(List.of(800000.00f, 900000.00f, 0f)))
                .body("techAmount", equalTo(List.of(679999.50f, 800000.00f, 0f)));
        List<ContractRegistryChanged> events = registryEvents.seen().subList(eventsBefore, registryEvents.seen().size())
                .stream().filter(e -> e.contractId() == id).toList();
        assertEquals(3, events.size(), "registration, change and cancellation each tell the statistics");

        given().header("Authorization", Tokens.bearer("admin")).queryParam("entityType", "tech_contract")
                .queryParam("entityId", id).queryParam("size", 50).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("contract.drafted", "contract.document-attached",
                        "contract.submitted", "contract.supplement-requested", "contract.edited",
                        "contract.submitted", "contract.expert-review", "contract.registered", "contract.changed",
                        "contract.cancelled")));
    }

    @Test
    void a_large_contract_gets_thirty_working_days_and_needs_expert_review_and_can_be_refused() {
        int org = Listings.verifiedOrgOf("enterprise");
        Map<String, Object> form = Contracts.aContract(org, "510603", "6000000.00");
        Contracts.addCost(form, "RAW_MATERIAL", "500000.00");
        int id = Contracts.submitted("enterprise", form);
        Contracts.get("enterprise", id).then().body("techAmount", equalTo(5500000.00f))
                .body("deadlineOn", equalTo("2025-11-13"));
        act("registrar", id, "registration", null).then().statusCode(409)
                .body("code", equalTo("contract-expert-review-required"));
        act("registrar", id, "refusal", reason("合同标的为已公开技术，不属于技术开发", null)).then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("refusalReason", equalTo("合同标的为已公开技术，不属于技术开发"))
                .body("registrationNo", nullValue());
        queue().then().body("items.id", not(hasItem(id)));
    }

    @Test
    void a_registrar_outside_the_sellers_region_sees_404_and_cannot_register() {
        int org = Listings.verifiedOrgOf("enterprise");
        int chengdu = Contracts.submitted("enterprise", Contracts.aContract(org, "510104", "300000.00"));
        Contracts.get("enterprise", chengdu).then().statusCode(200).body("status", equalTo("SUBMITTED"));

        Contracts.get("registrar", chengdu).then().statusCode(404).body("code", equalTo("not-found"));
        act("registrar", chengdu, "registration", null).then().statusCode(404);
        act("registrar", chengdu, "refusal", reason("x", null)).then().statusCode(404);
        queue().then().body("items.id", not(hasItem(chengdu)));
        Contracts.get("enterprise2", chengdu).then().statusCode(404);
        Contracts.get("enterprise", chengdu).then().body("status", equalTo("SUBMITTED"))
                .body("registrationNo", nullValue());

        // an import is registered by the domestic buyer: a 德阳 buyer brings it to the 德阳 registrar
        Map<String, Object> imported = Contracts.aContract(org, "510104", "450000.00");
        imported.put("tradeFlag", "IMPORT");
        imported.put("seller", Map.of("name", "Fraunhofer Test GmbH", "country", "DE", "subjectType", "RESEARCH_INSTITUTE"));
        imported.put("buyer", Contracts.party("德阳东方测试有限公司", "510683", "ENTERPRISE"));
        int importId = Contracts.submitted("enterprise", imported);
        act("registrar", importId, "registration", null).then().statusCode(200).body("status", equalTo("REGISTERED"))
                .body("registrationNo", startsWith("2025510683"));
    }

    private static io.restassured.response.Response queue() {
        return given().header("Authorization", Tokens.bearer("registrar")).queryParam("size", 100)
                .get("/api/v1/contracts/queue");
    }
}
