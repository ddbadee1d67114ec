package cn.techmarket.web;

import cn.techmarket.testsupport.Browser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** What every page carries: the site's identity, navigation grouped by role, and links that keep the user's place. */
@QuarkusTest
class LayoutTest {

    @Test
    void every_page_shows_the_logo_the_organiser_the_operator_and_the_icp_filing() {
        given().get("/orgs").then().statusCode(200)
                .body(containsString("src=\"/img/logo.svg\""))
                .body(containsString("主办单位：德阳市科学技术局"))
                .body(containsString("运营单位：德阳市技术转移服务中心"))
                .body(containsString("id=\"icp\""))
                .body(containsString("蜀ICP备"));
        given().header("Accept-Language", "en").get("/orgs").then().statusCode(200)
                .body(containsString("Organiser: Deyang Science and Technology Bureau"));
        given().get("/img/logo.svg").then().statusCode(200);
    }

    @Test
    void signing_in_comes_back_to_the_page_the_visitor_was_on() {
        given().get("/search?q=涂层&type=NEED").then().statusCode(200)
                .body(containsString("href=\"/login?next=%2Fsearch%3Fq%3D%25E6%25B6%2582%25E5%25B1%2582%26type%3DNEED\""));
        given().redirects().follow(false).get("/login?next=%2Fsearch%3Fq%3Dx").then().statusCode(302);
    }

    @Test
    void the_sign_in_beside_express_interest_comes_back_to_that_listing() {
        int id = cn.techmarket.testsupport.Listings.published("enterprise", "NEED",
                cn.techmarket.testsupport.Listings.aNeed("登录后返回-" + java.util.UUID.randomUUID()));
        given().get("/listings/" + id).then().statusCode(200).body(containsString("50–200万元"))
                .body(containsString("<section class=\"card\" id=\"interest\"><p class=\"gated\" role=\"note\">"))
                .body(containsString("href=\"/login?next=%2Flistings%2F" + id + "\""));
        given().header("Accept-Language", "en").get("/listings/" + id).then().statusCode(200)
                .body(containsString("Equipment Manufacturing")).body(containsString("Jingyang District"))
                .body(containsString("¥500,000–¥2,000,000")).body(not(containsString("万元")))
                .body(not(containsString("<dd>装备制造")));
    }

    @Test
    void the_language_switch_keeps_the_query_string() {
        given().get("/search?q=abc&type=NEED&lang=zh-CN").then().statusCode(200)
                .body(containsString("href=\"/search?q=abc&amp;type=NEED&amp;lang=en\""));
    }

    @Test
    void an_operator_sees_the_navigation_grouped_by_role_not_a_row_of_links() {
        String page = Browser.signIn("admin").get("/me").then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"menu-admin\"").contains("id=\"menu-mine\"").doesNotContain("id=\"menu-broker\"");
        String nav = page.substring(page.indexOf("<nav"), page.indexOf("</nav>"));
        long topLevel = nav.lines().filter(l -> l.startsWith("    <a ") || l.startsWith("    <details")).count();
        assertThat(topLevel).as("top-level entries").isLessThanOrEqualTo(9);
        String bureau = Browser.signIn("bureau").get("/me").then().statusCode(200).extract().asString();
        assertThat(bureau).contains("id=\"menu-bureau\"").contains("href=\"/bureau\"").doesNotContain("id=\"menu-admin\"");
    }

    @Test
    void the_home_page_figures_are_not_the_dashboards_stacked_cards() {
        given().get("/").then().statusCode(200).body(containsString("class=\"figures\""))
                .body(not(containsString("<p class=\"stat\">")));
    }
}
