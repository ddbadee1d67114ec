package cn.techmarket.org;

import cn.techmarket.testsupport.Fixtures;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class OrganizationApiTest {

    static int create(String user, Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void an_organization_created_with_a_keycloak_token_is_stored_audited_and_readable() {
        Map<String, Object> body = Fixtures.anEnterprise("德阳测试装备有限公司");
        int id = create("enterprise", body);

        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/organizations/" + id)
                .then().statusCode(200)
                .body("nameZh", equalTo("德阳测试装备有限公司"))
                .body("creditCode", equalTo(body.get("creditCode")))
                .body("region.nameZh", equalTo("旌阳区"))
                .body("verification", equalTo("PENDING"))
                .body("designations", hasItem("HIGH_TECH_ENTERPRISE"))
                .body("version", equalTo(0));

        given().header("Authorization", Tokens.bearer("admin"))
                .queryParam("entityType", "organization").queryParam("entityId", id)
                .get("/api/v1/audit")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("organization.created"))
                .body("items[0].actorName", equalTo("enterprise"))
                .body("items[0].before", nullValue())
                .body("items[0].after.creditCode", equalTo(body.get("creditCode")))
                .body("items[0].requestId", notNullValue());

        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("enterprise"))
                .body("roles", hasItem("enterprise"))
                .body("organizations.organizationId", hasItem(id))
                .body("organizations.find { it.organizationId == " + id + " }.role", equalTo("ORG_ADMIN"));
    }

    @Test
    void a_request_without_a_token_gets_401_problem_json() {
        given().contentType(ContentType.JSON).body(Fixtures.anEnterprise("无令牌公司"))
                .post("/api/v1/organizations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("code", equalTo("unauthenticated"))
                .body("type", equalTo("https://techmarket.cn/problems/unauthenticated"));
    }

    @Test
    void a_forged_token_gets_401() {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_wrong_role_gets_403_problem_json() {
        given().header("Authorization", Tokens.bearer("bureau")).contentType(ContentType.JSON)
                .body(Fixtures.anEnterprise("科技局不能登记企业")).post("/api/v1/organizations")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));

        int id = create("enterprise", Fixtures.anEnterprise("待审核公司"));
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON)
                .body(Map.of("decision", "VERIFIED")).post("/api/v1/organizations/" + id + "/verification")
                .then().statusCode(403);
    }

    @Test
    void an_invalid_credit_code_and_an_unknown_region_get_field_level_errors() {
        Map<String, Object> body = Fixtures.anEnterprise("校验位错误公司");
        String good = (String) body.get("creditCode");
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        body.put("creditCode", good.substring(0, 17) + wrong);
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("creditCode"))
                .body("errors.find { it.field == 'creditCode' }.message", containsString("统一社会信用代码"));

        Map<String, Object> unknownRegion = Fixtures.anEnterprise("地区错误公司");
        unknownRegion.put("regionCode", "519999");
        given().header("Authorization", Tokens.bearer("enterprise")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(unknownRegion)
                .post("/api/v1/organizations")
                .then().statusCode(400)
                .body("errors.field", hasItem("regionCode"))
                .body("errors.find { it.field == 'regionCode' }.message", equalTo("is not a known region code"));

        Map<String, Object> blank = Map.of("regionCode", "51x", "type", "ENTERPRISE");
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON).body(blank)
                .post("/api/v1/organizations")
                .then().statusCode(400)
                .body("errors.field", hasItems("nameZh", "creditCode", "regionCode"));
    }

    @Test
    void a_body_of_the_wrong_shape_gets_400_naming_the_field() {
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON)
                .body("{\"nameZh\":\"x\",\"type\":\"SPACESHIP\"}").post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("malformed-body"))
                .body("errors[0].field", equalTo("type"));
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON)
                .body("{not json").post("/api/v1/organizations")
                .then().statusCode(400).body("code", equalTo("malformed-body"));
    }

    @Test
    void a_registered_credit_code_cannot_be_registered_again() {
        Map<String, Object> body = Fixtures.anEnterprise("重复登记公司");
        create("enterprise", body);
        given().header("Authorization", Tokens.bearer("enterprise2")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/organizations")
                .then().statusCode(400).body("errors.field", hasItem("creditCode"));
    }

    @Test
    void a_concurrent_edit_gets_409() {
        Map<String, Object> body = Fixtures.anEnterprise("并发编辑公司");
        int id = create("enterprise", body);
        body.put("version", 0);
        body.put("description", "第一次修改");
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/organizations/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("description", equalTo("第一次修改"));
        body.put("description", "基于旧版本的修改");
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/organizations/" + id)
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("stale-version"));
        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/organizations/" + id)
                .then().body("description", equalTo("第一次修改"));
    }

    @Test
    void only_its_own_admins_edit_an_organization_and_others_do_not_see_it_before_verification() {
        Map<String, Object> body = Fixtures.anEnterprise("他人的公司");
        int id = create("enterprise", body);
        given().header("Authorization", Tokens.bearer("enterprise2")).get("/api/v1/organizations/" + id)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        given().get("/api/v1/organizations/" + id).then().statusCode(404);

        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("decision", "VERIFIED", "version", 0)).post("/api/v1/organizations/" + id + "/verification")
                .then().statusCode(200).body("verification", equalTo("VERIFIED"));
        given().get("/api/v1/organizations/" + id).then().statusCode(200);

        body.put("version", 1);
        body.put("description", "冒名修改");
        given().header("Authorization", Tokens.bearer("enterprise2")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/organizations/" + id)
                .then().statusCode(403);
    }

    @Test
    void verification_is_audited_with_the_state_before_and_after_and_a_rejection_needs_a_reason() {
        int id = create("researcher", Fixtures.anEnterprise("待认证研究所"));
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECTED")).post("/api/v1/organizations/" + id + "/verification")
                .then().statusCode(409).body("code", equalTo("verification-note-required"));
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECTED", "note", "营业执照与名称不符")).post("/api/v1/organizations/" + id + "/verification")
                .then().statusCode(200).body("verification", equalTo("REJECTED"));

        given().header("Authorization", Tokens.bearer("admin"))
                .queryParam("entityType", "organization").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[1].action", equalTo("organization.rejected"))
                .body("items[1].before.verification", equalTo("PENDING"))
                .body("items[1].after.verification", equalTo("REJECTED"))
                .body("items[1].after.verificationNote", equalTo("营业执照与名称不符"));
    }

    @Test
    void lists_page_the_same_way_and_filter_by_region_group() {
        given().queryParam("region", "CDMZ").queryParam("size", 5).get("/api/v1/organizations")
                .then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(5))
                .body("items.size()", equalTo(5))
                .body("total", org.hamcrest.Matchers.greaterThan(5))
                .body("items.verification", org.hamcrest.Matchers.everyItem(equalTo("VERIFIED")))
                .body("items.region.code", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.startsWith("5101"),
                                org.hamcrest.Matchers.startsWith("5106"), org.hamcrest.Matchers.startsWith("5114"),
                                org.hamcrest.Matchers.startsWith("5120"))));
        given().queryParam("size", 1000).get("/api/v1/organizations")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }
}
