package cn.techmarket.web;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Fixtures;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PagesTest {

    @Test
    void the_home_page_renders_in_chinese_by_default_and_in_english_on_request() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("让技术需求找到科技成果"))
                .body(containsString("登录"));
        given().header("Accept-Language", "en").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Where technology needs meet research results"))
                .body(not(containsString("让技术需求找到科技成果")));
    }

    @Test
    void the_language_switch_is_remembered_in_a_cookie() {
        Response switched = given().get("/orgs?lang=en");
        switched.then().statusCode(200).body(containsString("Organizations")).cookie("lang", "en");
        given().cookie("lang", "en").get("/").then().body(containsString("Sign in"));
    }

    @Test
    void a_page_escapes_what_users_typed() {
        Map<String, Object> body = Fixtures.anEnterprise("<script>alert('x')</script>脚本公司");
        int id = given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("decision", "VERIFIED")).post("/api/v1/organizations/" + id + "/verification")
                .then().statusCode(200);
        given().get("/orgs/" + id).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;脚本公司"))
                .body(not(containsString("<script>alert")));
    }

    @Test
    void a_missing_page_is_an_html_error_page_with_the_request_id() {
        given().header("X-Request-Id", "test-req-42").get("/orgs/987654321")
                .then().statusCode(404).contentType(containsString("text/html"))
                .header("X-Request-Id", "test-req-42")
                .body(containsString("未找到")).body(containsString("test-req-42"));
    }

    @Test
    void a_page_that_needs_a_sign_in_sends_the_visitor_to_keycloak() {
        given().redirects().follow(false).get("/orgs/new")
                .then().statusCode(303).header("Location", containsString("/login?next=%2Forgs%2Fnew"));
        given().redirects().follow(false).get("/login")
                .then().statusCode(302).header("Location", containsString("/realms/techmarket/protocol/openid-connect/auth"));
    }

    @Test
    void a_demo_user_signs_in_through_keycloak_and_sees_the_account_page() {
        Browser browser = Browser.signIn("researcher");
        browser.get("/me").then().statusCode(200)
                .body(containsString("researcher@demo.techmarket.local"))
                .body(containsString("科研人员"))
                .body(containsString("/logout"));
    }

    @Test
    void a_form_without_the_csrf_token_is_refused() {
        Browser browser = Browser.signIn("enterprise");
        Map<String, Object> form = formOf(Fixtures.anEnterprise("跨站伪造公司"));
        browser.post("/orgs", form).then().statusCode(403);
        form.put("_csrf", "forged-token-forged-token-forged-token-1234");
        browser.post("/orgs", form).then().statusCode(403);
    }

    @Test
    void the_registration_form_shows_errors_beside_the_fields_and_keeps_the_input() {
        Browser browser = Browser.signIn("enterprise");
        Map<String, Object> form = formOf(Fixtures.anEnterprise("表单校验公司"));
        form.put("creditCode", "91510603MA00000000");
        form.put("regionCode", "");
        form.put("_csrf", browser.csrf());
        browser.post("/orgs", form).then().statusCode(400)
                .body(containsString("id=\"creditCode-error\""))
                .body(containsString("不是有效的统一社会信用代码"))
                .body(containsString("id=\"regionCode-error\""))
                .body(containsString("value=\"表单校验公司\""));

        Map<String, Object> good = formOf(Fixtures.anEnterprise("表单登记公司"));
        good.put("_csrf", browser.csrf());
        Response created = browser.post("/orgs", good);
        assertEquals(303, created.statusCode());
        String location = created.header("Location");
        assertTrue(location.matches(".*/orgs/\\d+"), location);
        browser.follow(created).then().statusCode(200).body(containsString("表单登记公司")).body(containsString("待认证"));
    }

    private static Map<String, Object> formOf(Map<String, Object> api) {
        Map<String, Object> form = new HashMap<>(api);
        form.put("designations", "HIGH_TECH_ENTERPRISE");
        return form;
    }

    @Test
    void health_metrics_and_openapi_answer() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("Keycloak"))
                .body(containsString("Elasticsearch"))
                .body(containsString("Database"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/organizations")).body(containsString("/api/v1/audit"));
        given().get("/api/v1/regions?parent=510600").then().statusCode(200)
                .header("X-Request-Id", startsWith(""))
                .body("nameZh", org.hamcrest.Matchers.hasItems("旌阳区", "罗江区", "广汉市", "什邡市", "绵竹市", "中江县"));
    }
}
