package cn.techmarket.voucher;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static cn.techmarket.voucher.VoucherWorld.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cross-city redemptions book settlement lines; the month's net statement per pair equals a hand computation. */
@QuarkusTest
class VoucherSettlementTest {
    private static final String CHENGDU = "510100", DEYANG = "510600";

    @Test
    void cross_city_redemptions_net_to_the_hand_computed_statement_and_a_closed_month_stays_closed() {
        int deyangBureau = VoucherWorld.bureauOf(DEYANG);
        int chengduGov = VoucherWorld.org("admin", "成都市科学技术局", "GOVERNMENT", CHENGDU, List.of());
        int poolOffice = VoucherWorld.org("admin", "成德眉资科创资金池", "GOVERNMENT", "510100", List.of());
        List<String> cdmz = List.of(CHENGDU, DEYANG, "511400", "512000");
        int deyangProgramme = VoucherWorld.programme("bureau", "CITY", deyangBureau, DEYANG,
                VoucherWorld.terms("ADVANCE", "1000000.00", cdmz));
        int chengduProgramme = VoucherWorld.programme("admin", "CITY", chengduGov, CHENGDU,
                VoucherWorld.terms("ADVANCE", "1000000.00", cdmz));
        int poolProgramme = VoucherWorld.programme("admin", "POOL", poolOffice, "CDMZ", VoucherAccessTest.poolTerms());
        int deyangFirm = VoucherWorld.enterprise("enterprise", "510603");
        int chengduFirm = VoucherWorld.enterprise("enterprise2", "510104");
        int[] chengduLab = VoucherWorld.providerWithService("510104", cdmz, "TESTING", "10000.00");
        int[] deyangLab = VoucherWorld.providerWithService("510603", cdmz, "TESTING", "10000.00");

        // 1. pool, Deyang firm, Chengdu lab: 30 % of 11,111.10 = 3,333.33, shared 0.5/0.3/0.1/0.1 by largest remainder
        redeem("enterprise", poolProgramme, deyangFirm, "5000.00", chengduLab[1], "11111.10", "admin");
        // 2. Deyang's programme, Chengdu lab: Deyang owes Chengdu 6,000.00
        redeem("enterprise", deyangProgramme, deyangFirm, "6000.00", chengduLab[1], "20000.00", "bureau");
        // 3. Chengdu's programme, Deyang lab: Chengdu owes Deyang 1,500.00
        redeem("enterprise2", chengduProgramme, chengduFirm, "1500.00", deyangLab[1], "5000.00", "admin");
        // 4. Deyang's programme, Deyang lab: not cross-city, no line
        redeem("enterprise", deyangProgramme, deyangFirm, "900.00", deyangLab[1], "3000.00", "bureau");

        String month = VoucherWorld.today().toString().substring(0, 7);
        // Chengdu-Deyang: A = Chengdu owes 1,500.00; B = Deyang owes 1,000.00 (pool share) + 6,000.00
        Map<String, Object> cdDy = statement(month, CHENGDU, DEYANG);
        assertEquals(new BigDecimal("1500.00"), amount(cdDy.get("aOwesB")));
        assertEquals(new BigDecimal("7000.00"), amount(cdDy.get("bOwesA")));
        assertEquals(new BigDecimal("-5500.00"), amount(cdDy.get("netAOwesB")));
        assertEquals(new BigDecimal("-333.33"), amount(statement(month, CHENGDU, "511400").get("netAOwesB")));
        assertEquals(new BigDecimal("-333.33"), amount(statement(month, CHENGDU, "512000").get("netAOwesB")));

        as("admin").queryParam("month", month).queryParam("format", "csv").get("/api/v1/vouchers/settlements/export")
                .then().statusCode(200).body(containsString(month + ",510100,510600,1500.00,7000.00,-5500.00,3,no 否"));
        as("admin").post("/api/v1/vouchers/settlements/" + month + "/" + CHENGDU + "/" + DEYANG + "/close")
                .then().statusCode(200).body("closed", equalTo(true));
        as("admin").post("/api/v1/vouchers/settlements/" + month + "/" + DEYANG + "/" + CHENGDU + "/close")
                .then().statusCode(409).body("code", equalTo("settlement-month-closed"));

        // paid after the close: the line goes into next month, the closed statement does not move
        redeem("enterprise", deyangProgramme, deyangFirm, "300.00", chengduLab[1], "1000.00", "bureau");
        assertEquals(new BigDecimal("-5500.00"), amount(statement(month, CHENGDU, DEYANG).get("netAOwesB")));
        String next = VoucherWorld.today().withDayOfMonth(1).plusMonths(1).toString().substring(0, 7);
        assertEquals(new BigDecimal("-300.00"), amount(statement(next, CHENGDU, DEYANG).get("netAOwesB")));
        as("enterprise").queryParam("month", month).get("/api/v1/vouchers/settlements").then().statusCode(403);
    }

    private static void redeem(String user, int programme, int holder, String face, int service, String fee,
                               String issuer) {
        int voucher = VoucherWorld.issued(user, programme, holder, face);
        VoucherWorld.reserved(user, voucher, service, fee);
        VoucherWorld.paid(user, "admin", issuer, voucher);
    }

    private static Map<String, Object> statement(String month, String a, String b) {
        List<Map<String, Object>> all = as("admin").queryParam("month", month).get("/api/v1/vouchers/settlements")
                .then().statusCode(200).extract().path("");
        return all.stream().filter(s -> s.get("cityA").equals(a) && s.get("cityB").equals(b)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + a + "/" + b + " in " + all));
    }

    private static BigDecimal amount(Object json) {
        return new BigDecimal(json.toString()).setScale(2);
    }
}
