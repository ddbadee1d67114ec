package cn.techmarket.voucher;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A voucher's life against the real services: the happy path, and each rule that refuses a step. */
@QuarkusTest
class VoucherLifeTest {
    private static final String DEYANG = "510600";
    @Inject
    EntityManager em;
    @Inject
    VoucherExpiry expiry;

    @Test
    void a_voucher_goes_from_application_to_paid_and_every_step_is_audited() {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "1000000.00", "TESTING", "80000.00");
        int programme = scene.programme(), holder = scene.holder();
        int[] provider = scene.provider();

        int voucher = VoucherWorld.issued("enterprise", programme, holder, "30000.00");
        as("bureau").get("/api/v1/voucher-programmes/" + programme).then().statusCode(200)
                .body("committed", equalTo(30000.00f)).body("available", equalTo(970000.00f));
        int order = VoucherWorld.order("enterprise", voucher, provider[1]).then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("fee", equalTo(80000.00f)).extract().path("id");
        // ratio 30 % of the confirmed fee 90,000 is 27,000: under the voucher's 30,000 and the cap
        VoucherWorld.confirm("provider", order, "90000.00").then().statusCode(200)
                .body("status", equalTo("RESERVED")).body("reserved", equalTo(27000.00f))
                .body("order.subsidy", equalTo(27000.00f));
        VoucherWorld.allEvidence("provider", voucher);
        VoucherWorld.submit("enterprise", voucher, VoucherWorld.today()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as("bureau").post("/api/v1/vouchers/" + voucher + "/payment").then().statusCode(409)
                .body("code", equalTo("voucher-invalid-transition"));
        VoucherWorld.review("bureau", voucher, true).then().statusCode(200).body("status", equalTo("CITY_APPROVED"));
        VoucherWorld.review("bureau", voucher, true).then().statusCode(200).body("status", equalTo("ISSUER_APPROVED"));
        as("bureau").post("/api/v1/vouchers/" + voucher + "/publicity").then().statusCode(200)
                .body("status", equalTo("PUBLICIZED"));
        io.restassured.RestAssured.given().get("/api/v1/vouchers/publicity").then().statusCode(200)
                .body("voucherId", hasItem(voucher));
        as("bureau").post("/api/v1/vouchers/" + voucher + "/payment").then().statusCode(200)
                .body("status", equalTo("PAID"));
        as("bureau").post("/api/v1/vouchers/" + voucher + "/payment").then().statusCode(409);

        // paid 27,000; the rest of the 30,000 face value is back in the budget
        as("bureau").get("/api/v1/voucher-programmes/" + programme).then().statusCode(200)
                .body("committed", equalTo(0.0f)).body("paid", equalTo(27000.00f));
        as("enterprise").get("/api/v1/vouchers/" + voucher + "/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("voucher.applied", "voucher.issued", "voucher.order-proposed",
                        "voucher.reserved", "voucher.evidence-added", "voucher.evidence-added",
                        "voucher.evidence-added", "voucher.evidence-added", "voucher.submitted",
                        "voucher.city-approved", "voucher.issuer-approved", "voucher.publicized", "voucher.paid")))
                .body("items[4].after.sha256", equalTo(sha256(VoucherWorld.PDF)));
    }

    @Test
    void a_programme_change_is_a_new_version_and_issued_vouchers_keep_theirs() {
        int bureau = VoucherWorld.bureauOf(DEYANG);
        Map<String, Object> terms = VoucherWorld.terms("ADVANCE", "500000.00", List.of(DEYANG));
        int programme = VoucherWorld.programme("bureau", "CITY", bureau, DEYANG, terms);
        int holder = VoucherWorld.enterprise("enterprise", "510603");
        int before = VoucherWorld.issued("enterprise", programme, holder, "10000.00");

        terms.put("validityDays", 30);
        terms.put("budget", "600000.00");
        as("bureau").contentType(ContentType.JSON).body(terms).put("/api/v1/voucher-programmes/" + programme)
                .then().statusCode(200).body("version", equalTo(2)).body("budget", equalTo(600000.00f));
        int after = VoucherWorld.issued("enterprise", programme, holder, "10000.00");
        as("enterprise").get("/api/v1/vouchers/" + before).then().body("programmeVersion", equalTo(1));
        as("enterprise").get("/api/v1/vouchers/" + after).then().body("programmeVersion", equalTo(2));
        as("bureau").get("/api/v1/voucher-programmes/" + programme + "/versions/1").then().statusCode(200)
                .body("validityDays", equalTo(90));

        terms.put("budget", "15000.00");
        as("bureau").contentType(ContentType.JSON).body(terms).put("/api/v1/voucher-programmes/" + programme)
                .then().statusCode(409).body("code", equalTo("budget-below-use"));
        as("enterprise").contentType(ContentType.JSON).body(terms).put("/api/v1/voucher-programmes/" + programme)
                .then().statusCode(403);
    }

    @Test
    void an_ineligible_holder_is_refused_with_the_reasons() {
        int bureau = VoucherWorld.bureauOf(DEYANG);
        int programme = VoucherWorld.programme("bureau", "CITY", bureau, DEYANG,
                VoucherWorld.terms("ADVANCE", "500000.00", List.of(DEYANG)));
        int outsider = VoucherWorld.org("enterprise", "无资质企业", "ENTERPRISE", "511702", List.of("LISTED"));
        VoucherWorld.apply("enterprise", programme, outsider, "250000.00").then().statusCode(201)
                .body("status", equalTo("REFUSED"))
                .body("reasons", equalTo(List.of("designation", "region", "over-cap", "over-face-value")));
        as("bureau").get("/api/v1/voucher-programmes/" + programme).then().body("committed", equalTo(0.0f));
    }

    @Test
    void a_related_provider_and_enterprise_pair_is_refused() {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "500000.00", "TESTING", "10000.00");
        int programme = scene.programme(), holder = scene.holder();
        int[] provider = scene.provider();
        int voucher = VoucherWorld.issued("enterprise", programme, holder, "3000.00");
        as("provider").contentType(ContentType.JSON).body(Map.of("kind", "SHARED_LEGAL_REPRESENTATIVE",
                        "relatedCreditCode", VoucherWorld.creditCodeOf(holder), "relatedName", "关联企业"))
                .post("/api/v1/organizations/" + provider[0] + "/related-parties").then().statusCode(201);
        VoucherWorld.order("enterprise", voucher, provider[1]).then().statusCode(409)
                .body("code", equalTo("affiliated-shared-legal-representative"))
                .body("detail", equalTo("The provider and the enterprise share a legal representative."));

        int[] other = VoucherWorld.providerWithService("510603", List.of(DEYANG), "TESTING", "10000.00");
        as("enterprise").contentType(ContentType.JSON).body(Map.of("kind", "EQUITY",
                        "relatedCreditCode", VoucherWorld.creditCodeOf(other[0]), "relatedName", "子公司"))
                .post("/api/v1/organizations/" + holder + "/related-parties").then().statusCode(201);
        VoucherWorld.order("enterprise", voucher, other[1]).then().statusCode(409).body("code", equalTo("affiliated-equity"));
        as("enterprise").get("/api/v1/vouchers/" + voucher).then().body("status", equalTo("ISSUED"));
    }

    @Test
    void an_invoice_outside_the_validity_is_refused() {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "500000.00", "TESTING", "10000.00");
        int programme = scene.programme(), holder = scene.holder();
        int[] provider = scene.provider();
        int voucher = VoucherWorld.issued("enterprise", programme, holder, "3000.00");
        VoucherWorld.reserved("enterprise", voucher, provider[1], "10000.00");
        VoucherWorld.submit("enterprise", voucher, VoucherWorld.today()).then().statusCode(409)
                .body("code", equalTo("evidence-incomplete"));
        VoucherWorld.allEvidence("enterprise", voucher);
        VoucherWorld.submit("enterprise", voucher, VoucherWorld.today().minusDays(1)).then().statusCode(409)
                .body("code", equalTo("invoice-outside-validity"));
        VoucherWorld.submit("enterprise", voucher, VoucherWorld.today().plusDays(91)).then().statusCode(409)
                .body("code", equalTo("invoice-outside-validity"));
        VoucherWorld.submit("enterprise", voucher, VoucherWorld.today().plusDays(30)).then().statusCode(200);
    }

    @Test
    void hostile_evidence_files_are_refused_and_nothing_is_stored() {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "500000.00", "TESTING", "10000.00");
        int programme = scene.programme(), holder = scene.holder();
        int[] provider = scene.provider();
        int voucher = VoucherWorld.issued("enterprise", programme, holder, "3000.00");
        VoucherWorld.reserved("enterprise", voucher, provider[1], "10000.00");

        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        VoucherWorld.upload("enterprise", voucher, "INVOICE", "invoice.pdf", exe).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        VoucherWorld.upload("enterprise", voucher, "INVOICE", "../../etc/invoice.pdf", VoucherWorld.PDF)
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
        VoucherWorld.upload("enterprise", voucher, "INVOICE", "C:\\temp\\invoice.pdf", VoucherWorld.PDF)
                .then().statusCode(400);
        byte[] large = new byte[(int) EvidenceFile.MAX_BYTES + 1];
        System.arraycopy(VoucherWorld.PDF, 0, large, 0, VoucherWorld.PDF.length);
        VoucherWorld.upload("enterprise", voucher, "INVOICE", "invoice.pdf", large).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        VoucherWorld.upload("enterprise", voucher, "INVOICE", "invoice.pdf", new byte[0]).then().statusCode(400);
        long stored = QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                "select count(e) from Evidence e where e.voucherId = ?1").setParameter(1, (long) voucher).getSingleResult());
        assertEquals(0L, stored);
        as("enterprise").get("/api/v1/vouchers/" + voucher + "/audit").then()
                .body("items.action", org.hamcrest.Matchers.not(hasItem("voucher.evidence-added")));
    }

    @Test
    void an_expired_voucher_cannot_be_used_and_its_amount_returns_to_the_budget() {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "500000.00", "TESTING", "10000.00");
        int programme = scene.programme(), holder = scene.holder();
        int[] provider = scene.provider();
        int idle = VoucherWorld.issued("enterprise", programme, holder, "5000.00");
        int reserved = VoucherWorld.issued("enterprise", programme, holder, "4000.00");
        VoucherWorld.reserved("enterprise", reserved, provider[1], "10000.00");
        int proposed = VoucherWorld.order("enterprise", idle, provider[1]).then().statusCode(201).extract().path("id");
        as("bureau").get("/api/v1/voucher-programmes/" + programme).then().body("committed", equalTo(9000.00f));

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update voucher set expires_at = now() - interval '1 second' where id in (?1, ?2)")
                .setParameter(1, idle).setParameter(2, reserved).executeUpdate());
        VoucherWorld.confirm("provider", proposed, "10000.00").then().statusCode(409)
                .body("code", equalTo("voucher-not-available"));
        expiry.run();
        expiry.run();
        as("enterprise").get("/api/v1/vouchers/" + idle).then().body("status", equalTo("EXPIRED"));
        as("enterprise").get("/api/v1/vouchers/" + reserved).then().body("status", equalTo("EXPIRED"));
        as("bureau").get("/api/v1/voucher-programmes/" + programme).then().body("committed", equalTo(0.0f));
        BigDecimal used = QuarkusTransaction.requiringNew().call(() -> (BigDecimal) em.createNativeQuery(
                "select used from voucher_holder_use where holder_key = ?1").setParameter(1, "org:" + holder).getSingleResult());
        assertEquals(0, used.signum(), "the reserved 3,000 went back to the holder's cap");
        VoucherWorld.order("enterprise", idle, provider[1]).then().statusCode(409);
        as("enterprise").get("/api/v1/vouchers/" + reserved + "/audit").then()
                .body("items.action", hasItem("voucher.expired"))
                .body("items.findAll { it.action == 'voucher.expired' }", hasSize(1));
    }

    /** Every replica runs the expiry at once: vouchers are claimed with SKIP LOCKED, so each expires (and is audited) once. */
    @Test
    void two_replicas_expiring_at_once_expire_each_voucher_once() throws Exception {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "500000.00", "TESTING", "10000.00");
        List<Integer> vouchers = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            vouchers.add(VoucherWorld.issued("enterprise", scene.programme(), scene.holder(), "1000.00"));
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update voucher set expires_at = now() - interval '1 second' where id in (?1)")
                .setParameter(1, vouchers.stream().map(Integer::longValue).toList()).executeUpdate());
        List<Integer> expired = cn.techmarket.testsupport.Replicas.runTwoAtOnce(expiry::run);
        org.assertj.core.api.Assertions.assertThat(expired.get(0) + expired.get(1)).as("vouchers expired by the two replicas").isGreaterThanOrEqualTo(3);
        for (int voucher : vouchers) {
            as("enterprise").get("/api/v1/vouchers/" + voucher).then().body("status", equalTo("EXPIRED"));
            as("enterprise").get("/api/v1/vouchers/" + voucher + "/audit").then()
                    .body("items.findAll { it.action == 'voucher.expired' }", hasSize(1));
        }
    }

    @Test
    void a_rejection_returns_the_reserved_amount_with_its_reasons() {
        VoucherWorld.Scene scene = VoucherWorld.deyang("POST_SUBSIDY", "500000.00", "PILOT", "50000.00");
        int programme = scene.programme(), holder = scene.holder();
        int[] provider = scene.provider();
        int voucher = VoucherWorld.issued("enterprise", programme, holder, "20000.00");
        as("bureau").get("/api/v1/voucher-programmes/" + programme).then().body("committed", equalTo(0.0f));
        VoucherWorld.reserved("enterprise", voucher, provider[1], "50000.00");
        as("bureau").get("/api/v1/voucher-programmes/" + programme).then().body("committed", equalTo(10000.00f));
        VoucherWorld.allEvidence("enterprise", voucher);
        VoucherWorld.submit("enterprise", voucher, VoucherWorld.today()).then().statusCode(200);
        VoucherWorld.review("bureau", voucher, false).then().statusCode(400).body("errors[0].field", equalTo("reasons"));
        VoucherWorld.review("bureau", voucher, false, "发票与合同金额不符").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("reasons", equalTo(List.of("发票与合同金额不符")));
        as("bureau").get("/api/v1/voucher-programmes/" + programme).then().body("committed", equalTo(0.0f))
                .body("paid", equalTo(0.0f));
    }

    @Test
    void a_pledged_voucher_names_its_lender_and_cannot_be_used_until_released() {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "500000.00", "TESTING", "10000.00");
        int voucher = VoucherWorld.issued("enterprise", scene.programme(), scene.holder(), "3000.00");
        as("enterprise").contentType(ContentType.JSON).body(Map.of("lender", "德阳农村商业银行"))
                .post("/api/v1/vouchers/" + voucher + "/pledge").then().statusCode(200)
                .body("status", equalTo("PLEDGED")).body("lender", equalTo("德阳农村商业银行"));
        VoucherWorld.order("enterprise", voucher, scene.provider()[1]).then().statusCode(409)
                .body("code", equalTo("voucher-not-available"));
        as("enterprise2").delete("/api/v1/vouchers/" + voucher + "/pledge").then().statusCode(404);
        as("enterprise").delete("/api/v1/vouchers/" + voucher + "/pledge").then().statusCode(200)
                .body("status", equalTo("ISSUED"));
        VoucherWorld.order("enterprise", voucher, scene.provider()[1]).then().statusCode(201);
        as("enterprise").get("/api/v1/vouchers/" + voucher + "/audit").then()
                .body("items.action", hasItem("voucher.pledged")).body("items.action", hasItem("voucher.pledge-released"));
    }

    @Test
    void a_start_up_team_not_yet_incorporated_holds_a_voucher_where_teams_are_eligible() {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "500000.00", "TESTING", "10000.00");
        int team = as("enterprise2").contentType(ContentType.JSON).body(Map.of("nameZh", "氢能创业团队", "regionCode", "510603"))
                .post("/api/v1/vouchers/teams").then().statusCode(201).extract().path("id");
        int voucher = as("enterprise2").contentType(ContentType.JSON)
                .body(Map.of("programmeId", scene.programme(), "teamId", team, "amount", "2000.00"))
                .post("/api/v1/vouchers").then().statusCode(201).body("status", equalTo("ISSUED"))
                .body("holderTeamId", equalTo(team)).extract().path("id");
        as("enterprise").contentType(ContentType.JSON)
                .body(Map.of("programmeId", scene.programme(), "teamId", team, "amount", "2000.00"))
                .post("/api/v1/vouchers").then().statusCode(400).body("errors[0].field", equalTo("teamId"));
        as("enterprise").get("/api/v1/vouchers/" + voucher).then().statusCode(404);
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
