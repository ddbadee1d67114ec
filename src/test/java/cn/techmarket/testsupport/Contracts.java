package cn.techmarket.testsupport;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Technology-contract fixtures through the real API: a valid form, documents, submission. */
public final class Contracts {
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Contracts() {
    }

    /** A domestic 委托开发 contract of the given total, sold from sellerRegion to a buyer in 达州 (通川区). */
    public static Map<String, Object> aContract(int ownerOrgId, String sellerRegion, String total) {
        Map<String, Object> f = new HashMap<>();
        f.put("title", "高温合金叶片涂层工艺开发");
        f.put("subType", "DEV_COMMISSIONED");
        f.put("seller", party("德阳重装技术研究院有限公司", sellerRegion, "RESEARCH_INSTITUTE"));
        f.put("buyer", party("达州能源装备有限公司", "511702", "ENTERPRISE"));
        f.put("signedOn", "2025-09-01");
        f.put("termFrom", "2025-09-01");
        f.put("termTo", "2026-08-31");
        f.put("technicalField", "ADVANCED_MANUFACTURING");
        f.put("ipType", "PATENT_INVENTION");
        f.put("planCategory", "PROVINCIAL");
        f.put("tradeFlag", "DOMESTIC");
        f.put("totalAmount", total);
        f.put("costLines", new ArrayList<>());
        f.put("ownerOrgId", ownerOrgId);
        return f;
    }

    public static Map<String, Object> party(String name, String region, String subjectType) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("creditCode", Fixtures.creditCode(region));
        p.put("region", region);
        p.put("country", "CN");
        p.put("subjectType", subjectType);
        return p;
    }

    public static Map<String, Object> costLine(String kind, String amount) {
        return Map.of("kind", kind, "description", "专用设备与原材料", "amount", amount);
    }

    @SuppressWarnings("unchecked")
    public static void addCost(Map<String, Object> form, String kind, String amount) {
        ((List<Object>) form.get("costLines")).add(costLine(kind, amount));
    }

    public static Response create(String user, Map<String, Object> form) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(form)
                .post("/api/v1/contracts");
    }

    public static Response attach(String user, int contractId, String kind, byte[] content) {
        return given().header("Authorization", Tokens.bearer(user))
                .multiPart("file", "contract.pdf", content, "application/pdf")
                .queryParam("kind", kind)
                .post("/api/v1/contract-documents/" + contractId);
    }

    /** Drafted, with its contract text, and submitted; answers the id. */
    public static int submitted(String user, Map<String, Object> form) {
        int id = create(user, form).then().statusCode(201).extract().path("id");
        attach(user, id, "CONTRACT_TEXT", PDF).then().statusCode(201);
        act(user, id, "submit", null).then().statusCode(200);
        return id;
    }

    public static Response act(String user, int contractId, String action, Map<String, Object> body) {
        var request = given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON);
        return (body == null ? request : request.body(body)).post("/api/v1/contracts/" + contractId + "/" + action);
    }

    public static Response get(String user, int contractId) {
        return given().header("Authorization", Tokens.bearer(user)).get("/api/v1/contracts/" + contractId);
    }

    public static Map<String, Object> reason(String reason, String effectiveOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        if (effectiveOn != null) {
            body.put("effectiveOn", effectiveOn);
        }
        return body;
    }
}
