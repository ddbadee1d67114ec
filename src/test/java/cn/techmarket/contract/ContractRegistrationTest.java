package cn.techmarket.contract;

import cn.techmarket.testsupport.Brokers;
import cn.techmarket.testsupport.Contracts;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static cn.techmarket.testsupport.Contracts.act;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ContractRegistrationTest {
    @Inject
    EntityManager em;

    @Test
    void fifty_parallel_registrations_at_one_point_get_fifty_gap_free_numbers() throws Exception {
        int org = Listings.verifiedOrgOf("enterprise");
        // 什邡市: a point no other test registers at
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(Contracts.submitted("enterprise", Contracts.aContract(org, "510682", (100000 + i) + ".00")));
        }
        String bearer = Tokens.bearer("registrar");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int id : ids) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return given().header("Authorization", bearer).post("/api/v1/contracts/" + id + "/registration");
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<Response> call : calls) {
                Response r = call.get();
                assertEquals(200, r.statusCode(), r.asString());
                numbers.add(r.path("registrationNo"));
            }
            assertEquals(50, new HashSet<>(numbers).size(), "fifty distinct numbers");
            String prefix = LocalDate.now(cn.techmarket.common.Clocks.CHINA).getYear() + "510682";
            List<Integer> sequence = numbers.stream().peek(n -> assertEquals(prefix, n.substring(0, 10)))
                    .map(n -> Integer.parseInt(n.substring(10))).sorted().toList();
            assertEquals(IntStream.rangeClosed(1, 50).boxed().toList(), sequence, "numbered 1 to 50, no gap");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_signed_deal_becomes_a_draft_and_its_registration_marks_the_deal_registered() {
        int deal = Brokers.openDeal("broker", "叶片涂层技术转让");
        Brokers.move("broker", deal, Map.of("to", "DOCKING")).then().statusCode(200);
        Brokers.move("broker", deal, Map.of("to", "NEGOTIATION")).then().statusCode(200);
        given().header("Authorization", Tokens.bearer("broker")).contentType(ContentType.JSON)
                .body(Map.of("kind", "PERCENT", "rate", "3.00")).put("/api/v1/deals/" + deal + "/commission")
                .then().statusCode(200);
        Map<String, Object> sign = new HashMap<>();
        sign.put("to", "SIGNED");
        sign.put("amount", "2345678.90");
        sign.put("signedOn", "2026-11-20");
        Brokers.move("broker", deal, sign).then().statusCode(200).body("stage", equalTo("SIGNED"));

        Response drafts = given().header("Authorization", Tokens.bearer("enterprise2")).queryParam("status", "DRAFT")
                .queryParam("size", 100).get("/api/v1/contracts");
        Map<String, Object> draft = drafts.jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(c -> Integer.valueOf(deal).equals(c.get("dealId"))).findFirst().orElseThrow();
        int id = (Integer) draft.get("id");
        Contracts.get("enterprise2", id).then().statusCode(200)
                .body("seller.name", equalTo("测试机构-enterprise2")).body("buyer.name", equalTo("测试机构-enterprise"))
                .body("seller.region", equalTo("510603")).body("totalAmount", equalTo(2345678.90f))
                .body("signedOn", equalTo("2026-11-20")).body("contractClass", equalTo("TRANSFER"))
                .body("resultIds", hasSize(1));

        // the registrant completes what a deal does not know: the transfer's expected investment and output
        Map<String, Object> form = new HashMap<>();
        Response current = Contracts.get("enterprise2", id);
        form.put("title", current.path("title"));
        form.put("subType", "TRANSFER_PATENT");
        form.put("seller", current.path("seller"));
        form.put("buyer", current.path("buyer"));
        form.put("signedOn", "2026-11-20");
        form.put("technicalField", "ADVANCED_MANUFACTURING");
        form.put("ipType", "PATENT_INVENTION");
        form.put("totalAmount", "2345678.90");
        form.put("expectedInvestment", "5000000.00");
        form.put("expectedOutput", "20000000.00");
        form.put("ownerOrgId", current.path("ownerOrgId"));
        form.put("version", current.path("version"));
        given().header("Authorization", Tokens.bearer("enterprise2")).contentType(ContentType.JSON).body(form)
                .put("/api/v1/contracts/" + id).then().statusCode(200);
        Contracts.attach("enterprise2", id, "CONTRACT_TEXT", Contracts.PDF).then().statusCode(201);
        act("enterprise2", id, "submit", null).then().statusCode(409).body("code", equalTo("contract-ip-proof-missing"));
        Contracts.attach("enterprise2", id, "IP_PROOF", Contracts.PDF).then().statusCode(201);
        act("enterprise2", id, "submit", null).then().statusCode(200);
        String number = act("registrar", id, "registration", null).then().statusCode(200)
                .extract().path("registrationNo");

        given().header("Authorization", Tokens.bearer("broker")).get("/api/v1/deals/" + deal).then()
                .body("stage", equalTo("REGISTERED")).body("contractRef", equalTo(number));
    }
}
