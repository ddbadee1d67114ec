package cn.techmarket.contract.importing;

import cn.techmarket.testsupport.Fixtures;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

@QuarkusTest
class ContractImportTest {
    private static final String HEADER = "登记编号,事项,生效日期,登记点地区代码,合同名称,合同类别,卖方名称,卖方统一社会信用代码,"
            + "卖方地区代码,卖方主体类型,买方名称,买方统一社会信用代码,买方地区代码,买方主体类型,签订日期,技术领域,"
            + "知识产权类型,合同成交额,非技术性费用,原因\n";
    @Inject
    EntityManager em;

    private static String registration(String no, String date, String point, String sellerCode, String sellerRegion,
                                       String total, String nonTechnical) {
        return String.join(",", no, "登记", date, point, "风电叶片检测技术服务", "SERVICE_GENERAL", "德阳检测研究院",
                sellerCode, sellerRegion, "RESEARCH_INSTITUTE", "达州风能有限公司", Fixtures.creditCode("511702"),
                "511702", "ENTERPRISE", "2025-02-20", "NEW_ENERGY", "NONE", total, nonTechnical, "") + "\n";
    }

    @Test
    void historical_registrations_import_with_their_changes_and_cancellations_and_a_per_row_error_report() {
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        String first = "H2025510600" + tag;
        String csv = HEADER
                + registration(first, "2025-03-10", "510600", Fixtures.creditCode("510603"), "510603", "\"1,000,000.00\"", "100000")
                + String.join(",", first, "变更", "2025-06-01", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                        "1200000", "100000", "补充协议") + "\n"
                + String.join(",", first, "注销", "2025-09-01", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                        "", "", "合同解除") + "\n"
                + registration("H2" + tag, "2025-04-01", "510600", "91510603000000000X", "510603", "500000", "")
                + String.join(",", "H3" + tag, "变更", "2025-06-01", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                        "1", "", "") + "\n"
                + registration("H4" + tag, "2025-04-01", "510100", Fixtures.creditCode("510104"), "510104", "500000", "")
                + registration("H5" + tag, "2025-04-01", "510600", Fixtures.creditCode("510603"), "510603", "abc", "");
        int id = given().header("Authorization", Tokens.bearer("registrar"))
                .multiPart("file", "历史登记.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/contract-imports").then().statusCode(202).extract().path("id");
        Response done = waitFor(id);
        done.then().body("totalRows", equalTo(7)).body("okRows", equalTo(3)).body("failedRows", equalTo(4));

        given().header("Authorization", Tokens.bearer("registrar")).get("/api/v1/contract-imports/" + id + "/errors")
                .then().statusCode(200).body("items.row", equalTo(List.of(5, 6, 7, 8)))
                .body("items.field", hasItems("seller.creditCode", "registrationNo", "pointRegion", "totalAmount"));

        long contract = ((Number) em.createNativeQuery("select id from tech_contract where registration_no = ?1")
                .setParameter(1, first).getSingleResult()).longValue();
        given().header("Authorization", Tokens.bearer("registrar")).get("/api/v1/contracts/" + contract + "/history")
                .then().statusCode(200)
                .body("kind", equalTo(List.of("REGISTERED", "CHANGED", "CANCELLED")))
                .body("effectiveOn", equalTo(List.of("2025-03-10", "2025-06-01", "2025-09-01")))
                .body("totalAmount", equalTo(List.of(1000000.00f, 1200000.00f, 0f)))
                .body("techAmount", equalTo(List.of(900000.00f, 1100000.00f, 0f)));
        given().header("Authorization", Tokens.bearer("registrar")).get("/api/v1/contracts/" + contract).then()
                .body("status", equalTo("CANCELLED")).body("registeredOn", equalTo("2025-03-10"));
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from tech_contract where registration_no in (?1, ?2)")
                .setParameter(1, "H2" + tag).setParameter(2, "H4" + tag).getSingleResult()).longValue(),
                "refused rows store nothing");
        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/contract-imports/" + id)
                .then().statusCode(403);
    }

    private static Response waitFor(int id) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            Response r = given().header("Authorization", Tokens.bearer("registrar")).get("/api/v1/contract-imports/" + id);
            if (!List.of("QUEUED", "RUNNING").contains(r.<String>path("status"))) {
                return r;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        fail("the import did not finish within a minute");
        return null;
    }
}
