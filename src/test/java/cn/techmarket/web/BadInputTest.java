package cn.techmarket.web;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Fixtures;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Bad input of every kind is a 4xx with a body that names what was wrong, never a 5xx. */
@QuarkusTest
class BadInputTest {

    private static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON);
    }

    @Test
    void an_unknown_address_is_a_404_page_in_the_visitors_language() {
        given().redirects().follow(false).get("/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("未找到"));
        given().header("Accept-Language", "en").get("/no-such-page").then().statusCode(404)
                .body(containsString("Not found")).body(containsString("<html lang=\"en\">"));
        given().get("/api/v1/no-such-thing").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("not-found"));
    }

    @Test
    void a_signed_in_visitor_sees_the_404_page_with_their_own_header() {
        Browser browser = Browser.signIn("researcher");
        browser.get("/no-such-page").then().statusCode(404).body(containsString("未找到")).body(containsString("/logout"));
    }

    @Test
    void a_wrong_method_is_a_405_and_the_favicon_and_robots_file_are_served() {
        given().put("/").then().statusCode(405).contentType(containsString("text/html"));
        given().contentType(ContentType.JSON).body("{}").put("/api/v1/regions").then().statusCode(405)
                .contentType(Problem.MEDIA_TYPE).body("code", equalTo("method-not-allowed"));
        given().get("/favicon.ico").then().statusCode(200);
        given().get("/robots.txt").then().statusCode(200).body(containsString("User-agent"));
    }

    @Test
    void signing_out_when_signed_out_goes_home_and_when_signed_in_ends_the_keycloak_session() {
        given().redirects().follow(false).get("/logout").then().statusCode(303).header("Location", endsWith("/"));
        Browser browser = Browser.signIn("researcher");
        browser.get("/logout").then().statusCode(302).header("Location", containsString("/protocol/openid-connect/logout"));
    }

    @Test
    void control_characters_in_the_address_are_a_400_naming_the_parameter() {
        given().urlEncodingEnabled(false).get("/api/v1/search?q=a%00b").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("q"));
        given().urlEncodingEnabled(false).get("/search?q=a%01b").then().statusCode(400)
                .contentType(containsString("text/html"));
        given().urlEncodingEnabled(false).get("/api/v1/regions/%00").then().statusCode(400)
                .body("errors.field", hasItem("path"));
    }

    @Test
    void control_characters_and_lone_surrogates_in_a_json_body_are_a_400_naming_the_field() {
        Map<String, Object> need = Listings.aNeed("控制字符\u0000需求");
        need.put("summary", "摘要");
        as("enterprise").queryParam("kind", "NEED").queryParam("organizationId", Listings.verifiedOrgOf("enterprise"))
                .body(need).post("/api/v1/listings").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("title"));
        String loneSurrogate = "{\"nameZh\":\"孤立代理\\ud800项\"}";
        as("enterprise").body(loneSurrogate.getBytes(StandardCharsets.UTF_8)).post("/api/v1/organizations")
                .then().statusCode(400).body("errors.field", hasItem("nameZh"));
        // a multi-line text keeps its line breaks and tabs
        Map<String, Object> multiline = Listings.aNeed("多行文本需求");
        multiline.put("summary", "第一行\n第二行\t制表");
        as("enterprise").queryParam("kind", "NEED").queryParam("organizationId", Listings.verifiedOrgOf("enterprise"))
                .body(multiline).post("/api/v1/listings").then().statusCode(201);
    }

    @Test
    void a_control_character_in_a_form_field_is_a_400_naming_the_field() {
        Browser browser = Browser.signIn("enterprise");
        Map<String, Object> form = new HashMap<>(Fixtures.anEnterprise("表单\u0000公司"));
        form.put("_csrf", browser.csrf());
        browser.post("/orgs", form).then().statusCode(400).body(containsString("nameZh"));
    }

    @Test
    void a_null_among_the_modes_is_a_400_naming_the_field() {
        int id = Listings.create("enterprise", "NEED", Listings.aNeed("空模式需求"));
        Map<String, Object> update = Listings.aNeed("空模式需求");
        update.put("modes", java.util.Arrays.asList((Object) null));
        update.put("version", 0);
        as("enterprise").body(update).put("/api/v1/listings/" + id).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem(startsWith("modes")));
    }

    @Test
    void a_tampered_cursor_is_a_400_not_an_outage() {
        for (String values : List.of("[1,2]", "[\"x\",1,2]", "[1.5,1.5,1.5]", "{}", "[1,2,3,4]")) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(values.getBytes(StandardCharsets.UTF_8));
            given().queryParam("after", cursor).get("/api/v1/search").then()
                    .statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("after"));
        }
    }

    @Test
    void a_sign_in_with_a_strange_next_address_lands_on_the_account_page() {
        Browser browser = Browser.signIn("researcher");
        for (String next : List.of("/a%20b", "/a%E3%80%80b", "/a%01b", "//evil.example", "/%25zz")) {
            browser.get("/login?next=" + next).then().statusCode(303).header("Location", endsWith("/me"));
        }
        browser.get("/login?next=%2Fsearch%3Fq%3D%25E6%25B0%25A2").then().statusCode(303)
                .header("Location", endsWith("/search?q=%E6%B0%A2"));
    }

    @Test
    void an_overlong_address_is_a_414_problem() {
        given().urlEncodingEnabled(false).get("/api/v1/search?q=" + "a".repeat(100_000)).then().statusCode(414)
                .contentType(Problem.MEDIA_TYPE).body("code", equalTo("uri-too-long"));
        given().urlEncodingEnabled(false).get("/search?q=" + "a".repeat(100_000)).then().statusCode(414)
                .contentType(containsString("text/html")).body(not(containsString("aaaa")));
    }
}
