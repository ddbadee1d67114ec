package cn.techmarket.voucher;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.techmarket.voucher.VoucherWorld.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Who sees which voucher: a voucher one may not see is a 404, whatever the role. */
@QuarkusTest
class VoucherAccessTest {

    @Test
    void an_enterprise_sees_only_its_own_vouchers_and_a_provider_only_its_orders() {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "500000.00", "TESTING", "10000.00");
        int programme = scene.programme(), holder = scene.holder();
        int[] provider = scene.provider();
        int voucher = VoucherWorld.issued("enterprise", programme, holder, "3000.00");

        as("enterprise2").get("/api/v1/vouchers/" + voucher).then().statusCode(404);
        as("enterprise2").get("/api/v1/vouchers/" + voucher + "/audit").then().statusCode(404);
        as("enterprise2").get("/api/v1/vouchers").then().statusCode(200).body("id", not(hasItem(voucher)));
        as("enterprise").get("/api/v1/vouchers").then().statusCode(200).body("id", hasItem(voucher));
        VoucherWorld.order("enterprise2", voucher, provider[1]).then().statusCode(404);

        as("provider").get("/api/v1/vouchers/" + voucher).then().statusCode(404);
        int order = VoucherWorld.order("enterprise", voucher, provider[1]).then().statusCode(201).extract().path("id");
        as("provider").get("/api/v1/vouchers/" + voucher).then().statusCode(200);
        as("provider").get("/api/v1/voucher-providers/" + provider[0] + "/orders").then().statusCode(200)
                .body("id", hasItem(order));
        as("provider").get("/api/v1/voucher-providers/" + holder + "/orders").then().statusCode(404);
        as("enterprise").get("/api/v1/voucher-providers/" + provider[0] + "/orders").then().statusCode(404);
        VoucherWorld.confirm("enterprise", order, "10000.00").then().statusCode(404);
    }

    @Test
    void a_city_bureau_sees_only_its_city_and_the_issuer_everything_of_its_programme() {
        VoucherWorld.bureauOf("510600");
        int province = VoucherWorld.org("admin", "四川省科学技术厅", "GOVERNMENT", "510000", List.of());
        int programme = VoucherWorld.programme("admin", "PROVINCE", province, "510000",
                VoucherWorld.terms("ADVANCE", "500000.00", List.of("510600", "511700")));
        int deyang = VoucherWorld.enterprise("enterprise", "510603");
        int dazhou = VoucherWorld.enterprise("enterprise2", "511702");
        int[] provider = VoucherWorld.providerWithService("510603", List.of("510600", "511700"), "TESTING", "10000.00");
        int ours = VoucherWorld.issued("enterprise", programme, deyang, "3000.00");
        int theirs = VoucherWorld.issued("enterprise2", programme, dazhou, "3000.00");
        for (int[] v : new int[][]{{ours, 0}, {theirs, 1}}) {
            String user = v[1] == 0 ? "enterprise" : "enterprise2";
            VoucherWorld.reserved(user, v[0], provider[1], "10000.00");
            VoucherWorld.allEvidence(user, v[0]);
            VoucherWorld.submit(user, v[0], VoucherWorld.today()).then().statusCode(200);
        }
        as("bureau").get("/api/v1/vouchers/" + ours).then().statusCode(200);
        as("bureau").get("/api/v1/vouchers/" + theirs).then().statusCode(404);
        VoucherWorld.review("bureau", theirs, true).then().statusCode(404);
        as("bureau").get("/api/v1/vouchers").then().body("id", hasItem(ours)).body("id", not(hasItem(theirs)));
        VoucherWorld.review("bureau", ours, true).then().statusCode(200).body("status", equalTo("CITY_APPROVED"));
        // the province is the issuer: a city bureau does not make the issuer's review
        VoucherWorld.review("bureau", ours, true).then().statusCode(403);
        VoucherWorld.review("admin", ours, true).then().statusCode(200).body("status", equalTo("ISSUER_APPROVED"));

        int pool = VoucherWorld.bureauOf("512000");
        int poolProgramme = VoucherWorld.programme("bureau", "POOL", pool, "CDMZ", poolTerms());
        int chengdu = VoucherWorld.enterprise("enterprise2", "510104");
        int far = VoucherWorld.issued("enterprise2", poolProgramme, chengdu, "1000.00");
        as("bureau").get("/api/v1/vouchers/" + far).then().statusCode(200);
        as("enterprise").get("/api/v1/vouchers/" + far).then().statusCode(404);
    }

    static java.util.Map<String, Object> poolTerms() {
        java.util.Map<String, Object> t = VoucherWorld.terms("ADVANCE", "800000.00",
                List.of("510100", "510600", "511400", "512000"));
        t.put("poolShares", List.of(java.util.Map.of("city", "510100", "ratio", "0.5"),
                java.util.Map.of("city", "510600", "ratio", "0.3"), java.util.Map.of("city", "511400", "ratio", "0.1"),
                java.util.Map.of("city", "512000", "ratio", "0.1")));
        return t;
    }
}
