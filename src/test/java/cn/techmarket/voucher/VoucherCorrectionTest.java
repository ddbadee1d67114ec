package cn.techmarket.voucher;

import cn.techmarket.testsupport.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static cn.techmarket.voucher.VoucherWorld.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A paid voucher found wrong: the issuer books corrections (negative, append-only lines with a reason) that restore
 * the budget and the holder's cap to the fen and, across cities, land in the first open settlement month.
 */
@QuarkusTest
class VoucherCorrectionTest {
    private static final String DEYANG = "510600", ZIYANG = "512000";

    @Inject
    EntityManager em;

    @Test
    void a_cross_city_paid_voucher_is_clawed_back_by_negative_lines_in_the_next_open_month_restoring_budget_and_cap() {
        int bureau = VoucherWorld.bureauOf(DEYANG);
        int programme = VoucherWorld.programme("bureau", "CITY", bureau, DEYANG,
                VoucherWorld.terms("ADVANCE", "1000000.00", List.of(DEYANG, ZIYANG)));
        int holder = VoucherWorld.enterprise("enterprise", "510603");
        int[] ziyangLab = VoucherWorld.providerWithService(ZIYANG, List.of(DEYANG), "TESTING", "20000.00");
        int voucher = VoucherWorld.issued("enterprise", programme, holder, "5000.00");
        // 30 % of 11,111.10 = 3,333.33 paid; Deyang (the issuer) owes Ziyang (the provider's city) for it
        VoucherWorld.reserved("enterprise", voucher, ziyangLab[1], "11111.10");
        as("enterprise").contentType(ContentType.JSON).body(Map.of("amount", "1.00", "reason", "未兑付"))
                .post("/api/v1/vouchers/" + voucher + "/corrections").then().statusCode(403);
        as("bureau").contentType(ContentType.JSON).body(Map.of("amount", "1.00", "reason", "未兑付"))
                .post("/api/v1/vouchers/" + voucher + "/corrections").then().statusCode(409)
                .body("code", equalTo("voucher-not-paid"));
        VoucherWorld.paid("enterprise", "bureau", "bureau", voucher);
        programmeIs(programme, "3333.33", "996666.67");
        assertEquals(new BigDecimal("3333.33"), used(voucher));

        String month = VoucherWorld.today().toString().substring(0, 7);
        String next = VoucherWorld.today().withDayOfMonth(1).plusMonths(1).toString();
        as("bureau").post("/api/v1/vouchers/settlements/" + month + "/" + DEYANG + "/" + ZIYANG + "/close")
                .then().statusCode(200).body("aOwesB", equalTo(3333.33f));

        as("bureau").contentType(ContentType.JSON).body(Map.of("amount", "1234.57", "reason", "检测报告与合同不符，部分追回"))
                .post("/api/v1/vouchers/" + voucher + "/corrections").then().statusCode(201)
                .body("amount", equalTo(-1234.57f)).body("reason", equalTo("检测报告与合同不符，部分追回"))
                .body("settlementLines.size()", equalTo(1))
                .body("settlementLines[0].month", equalTo(next)).body("settlementLines[0].debtorCity", equalTo(DEYANG))
                .body("settlementLines[0].creditorCity", equalTo(ZIYANG))
                .body("settlementLines[0].amount", equalTo(-1234.57f));
        programmeIs(programme, "2098.76", "997901.24");
        assertEquals(new BigDecimal("2098.76"), used(voucher));
        // the closed month stays what it was; the next month's statement carries the correction
        statementIs(month, "3333.33", true);
        statementIs(next.substring(0, 7), "-1234.57", false);

        as("bureau").contentType(ContentType.JSON).body(Map.of("amount", "2098.77", "reason", "全额追回"))
                .post("/api/v1/vouchers/" + voucher + "/corrections").then().statusCode(409)
                .body("code", equalTo("correction-exceeds-paid"));
        as("bureau").contentType(ContentType.JSON).body(Map.of("amount", "2098.76", "reason", "全额追回"))
                .post("/api/v1/vouchers/" + voucher + "/corrections").then().statusCode(201);
        programmeIs(programme, "0.00", "1000000.00");
        assertEquals(new BigDecimal("0.00"), used(voucher));
        statementIs(next.substring(0, 7), "-3333.33", false);
        as("bureau").contentType(ContentType.JSON).body(Map.of("amount", "0.01", "reason", "再追回"))
                .post("/api/v1/vouchers/" + voucher + "/corrections").then().statusCode(409);

        as("enterprise").get("/api/v1/vouchers/" + voucher).then().body("status", equalTo("PAID"))
                .body("reserved", equalTo(3333.33f)).body("corrected", equalTo(3333.33f));
        as("enterprise").get("/api/v1/vouchers/" + voucher + "/corrections").then().statusCode(200)
                .body("amount", equalTo(List.of(-1234.57f, -2098.76f)));
        as("enterprise").get("/api/v1/vouchers/" + voucher + "/audit").then()
                .body("items.findAll { it.action == 'voucher.corrected' }.size()", equalTo(2));
        // the money lines are append-only: the database refuses an edit
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update voucher_correction set amount = -0.01 where voucher_id = ?1")
                        .setParameter(1, voucher).executeUpdate()));
    }

    @Test
    void the_issuer_books_a_correction_on_the_voucher_page_with_messages_beside_the_fields() {
        VoucherWorld.Scene scene = VoucherWorld.deyang("POST_SUBSIDY", "500000.00", "TESTING", "10000.00");
        int voucher = VoucherWorld.issued("enterprise", scene.programme(), scene.holder(), "3000.00");
        VoucherWorld.reserved("enterprise", voucher, scene.provider()[1], "10000.00");
        VoucherWorld.paid("enterprise", "bureau", "bureau", voucher);

        Browser officer = Browser.signIn("bureau");
        officer.get("/vouchers/" + voucher).then().statusCode(200)
                .body(containsString("action=\"/vouchers/" + voucher + "/corrections\""));
        officer.post("/vouchers/" + voucher + "/corrections", Map.of("_csrf", officer.csrf(), "amount", "abc",
                "reason", "")).then().statusCode(400).body(containsString("id=\"amount-error\""))
                .body(containsString("id=\"reason-error\""));
        officer.post("/vouchers/" + voucher + "/corrections", Map.of("_csrf", officer.csrf(), "amount", "3000.01",
                "reason", "重复兑付")).then().statusCode(400).body(containsString("id=\"amount-error\""))
                .body(containsString("重复兑付"));
        assertEquals(303, officer.post("/vouchers/" + voucher + "/corrections", Map.of("_csrf", officer.csrf(),
                "amount", "999.99", "reason", "重复兑付")).statusCode());
        officer.get("/vouchers/" + voucher).then().statusCode(200).body(containsString("999.99"))
                .body(containsString("重复兑付")).body(containsString("voucher.corrected"));
        Browser.signIn("enterprise").get("/vouchers/" + voucher).then().statusCode(200)
                .body(containsString("重复兑付")).body(containsString("corrections"))
                .body(org.hamcrest.Matchers.not(containsString("action=\"/vouchers/" + voucher + "/corrections\"")));
        as("admin").get("/api/v1/voucher-programmes/" + scene.programme()).then().body("paid", equalTo(2000.01f));
    }

    private static void programmeIs(int programme, String paid, String available) {
        as("admin").get("/api/v1/voucher-programmes/" + programme).then().statusCode(200)
                .body("paid", equalTo(Float.parseFloat(paid))).body("available", equalTo(Float.parseFloat(available)));
    }

    private BigDecimal used(int voucher) {
        return QuarkusTransaction.requiringNew().call(() -> (BigDecimal) em.createNativeQuery("""
                select u.used from voucher_holder_use u join voucher v on v.holder_key = u.holder_key and v.year = u.year
                where v.id = ?1""").setParameter(1, voucher).getSingleResult());
    }

    private static void statementIs(String month, String aOwesB, boolean closed) {
        List<Map<String, Object>> all = as("bureau").queryParam("month", month).get("/api/v1/vouchers/settlements")
                .then().statusCode(200).extract().path("");
        Map<String, Object> pair = all.stream().filter(s -> s.get("cityA").equals(DEYANG) && s.get("cityB").equals(ZIYANG))
                .findFirst().orElseThrow(() -> new AssertionError("no statement in " + month + ": " + all));
        assertEquals(new BigDecimal(aOwesB), new BigDecimal(pair.get("aOwesB").toString()).setScale(2));
        assertEquals(closed, pair.get("closed"));
    }
}
