package cn.techmarket.search;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Listings;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The results page and the home page: highlighted hits, facet links that keep the URL shareable, bad parameters. */
@QuarkusTest
class SearchPagesTest {

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void the_results_page_highlights_hits_and_its_facet_links_filter_the_search() {
        String marker = "钒钛磁铁矿" + UUID.randomUUID().toString().substring(0, 4);
        Map<String, Object> need = Listings.aNeed(marker + "综合利用需求");
        Map<String, Object> result = Listings.aResult(marker + "高效分选技术");
        String needTitle = (String) need.get("title");
        String resultTitle = (String) result.get("title");
        Listings.published("enterprise", "NEED", need);
        Listings.published("researcher", "RESULT", result);
        Listings.awaitIndexed();

        String page = given().urlEncodingEnabled(false).get("/search?q=" + encode(marker))
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("<mark>"), "matched words are marked");
        // other listings may share 钒钛磁铁矿 (ranked retrieval needs most words, not all), so look for ours by title
        String text = page.replaceAll("<[^>]+>", ""); // highlighting splits a title with <mark> tags
        assertTrue(text.contains(needTitle) && text.contains(resultTitle.replace("\"", "&quot;")), "both listings are found");
        assertTrue(found(page) >= 2, "the count covers both");
        assertTrue(page.contains("/search?q=" + encode(marker) + "&amp;type=RESULT")
                || page.contains("/search?q=" + encode(marker) + "&type=RESULT"), "the type facet links keep the query");

        String results = given().urlEncodingEnabled(false).get("/search?q=" + encode(marker) + "&type=RESULT").then()
                .statusCode(200).body(not(containsString(needTitle))).body(containsString("类型: 科技成果"))
                .extract().asString();
        assertTrue(found(results) >= 1 && found(results) < found(page), "the type filter narrows the count");
        given().urlEncodingEnabled(false).header("Accept-Language", "en").get("/search?q=" + encode(marker) + "&type=RESULT")
                .then().statusCode(200).body(containsString(found(results) + " found")).body(containsString("Research result"));

        given().get("/").then().statusCode(200).body(containsString(resultTitle.replace("\"", "")))
                .body(containsString(needTitle));
    }

    private static int found(String page) {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("找到 (\\d+) 条").matcher(page);
        assertTrue(count.find(), "the page says how many it found");
        return Integer.parseInt(count.group(1));
    }

    @Test
    void the_operator_rebuilds_an_index_from_a_page_that_shows_its_progress() throws Exception {
        String marker = "重建页面" + UUID.randomUUID().toString().substring(0, 4);
        int id = Listings.published("enterprise", "NEED", Listings.aNeed(marker + "需求"));
        Browser admin = Browser.signIn("admin");
        assertEquals(303, admin.post("/search/index/NEED", Map.of("_csrf", admin.csrf())).statusCode());
        long deadline = System.currentTimeMillis() + 60_000;
        String page;
        do {
            Thread.sleep(200);
            page = admin.get("/search/index").then().statusCode(200).extract().asString();
        } while (!page.contains("DONE") && System.currentTimeMillis() < deadline);
        assertTrue(page.contains("<progress max=\"100\" value=\"100\""), "the finished rebuild shows a full bar");
        Listings.awaitIndexed();
        // the rebuilt index holds the listing written before the rebuild; a count would be wrong here, since several
        // words rank (other tests' 重建页面… markers share two of the marker's words)
        String found = given().urlEncodingEnabled(false).get("/search?q=" + encode(marker)).then().statusCode(200)
                .extract().asString();
        int first = found.indexOf("class=\"card hit\"");
        assertTrue(first >= 0 && found.indexOf("href=\"/listings/" + id + "\"", first) >= 0, "the rebuilt index finds the listing");
        Browser.signIn("enterprise").get("/search/index").then().statusCode(403);
    }

    @Test
    void bad_parameters_are_explained_on_the_page_not_a_500() {
        given().get("/search?trl=99").then().statusCode(400).body(containsString("field-error"));
        given().get("/search?sort=sideways").then().statusCode(400).body(containsString("field-error"));
        given().urlEncodingEnabled(false).get("/search?q=" + encode("<script>alert(1)</script>")).then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")));
    }
}
