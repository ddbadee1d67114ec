package cn.techmarket.matching;

import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Matching in both directions, with explanations, against the real index and the real embedding model. */
@QuarkusTest
class MatchingTest {
    @jakarta.inject.Inject
    cn.techmarket.search.SharedWords sharedWords;

    /** A match list of 50 listings with long real texts yields more words than one _analyze call may (10,000). */
    @Test
    void texts_with_more_words_together_than_one_analyze_call_allows_are_all_cut_into_words() {
        String text = "高温合金精密铸造工艺显著减少缩松缺陷。".repeat(105); // 1,995 characters, about 1,000 words
        List<String> texts = new java.util.ArrayList<>(java.util.Collections.nCopies(60, text));
        texts.add("叶片".repeat(6000)); // one text alone over the limit: its beginning is cut into words
        texts.add("燃气轮机");
        List<List<cn.techmarket.search.SharedWords.Token>> tokens = sharedWords.tokens(texts);
        assertThat(tokens).hasSize(62);
        assertThat(tokens.get(59)).extracting(cn.techmarket.search.SharedWords.Token::text).startsWith("高温", "合金");
        assertThat(tokens.get(59).getFirst().start()).isZero();
        assertThat(tokens.get(60)).isNotEmpty();
        assertThat(tokens.get(61)).extracting(cn.techmarket.search.SharedWords.Token::text).containsExactly("燃气轮机");
    }

    private static Map<String, Object> need(String title) {
        Map<String, Object> f = Listings.aNeed(title);
        f.put("summary", "燃气轮机涡轮叶片采用高温合金精密铸造，现有工艺缩松缺陷多、良品率低，需要提升铸造良品率。");
        f.put("keywords", "高温合金,精密铸造,涡轮叶片");
        f.put("industryCode", "EQUIP.CLEAN");
        f.put("regionCode", "510603");
        f.put("stage", "PILOT");
        f.put("trl", 5);
        f.put("modes", List.of("JOINT_DEV", "LICENSE"));
        f.put("priceNegotiable", false);
        f.put("priceMin", "500000.00");
        f.put("priceMax", "2000000.00");
        return f;
    }

    private static Map<String, Object> result(String title, String industry, String region, String stage, int trl,
                                              String price, List<String> modes, boolean rightsConfirmed) {
        Map<String, Object> f = Listings.aResult(title);
        f.put("summary", title + "：面向燃气轮机涡轮叶片的高温合金精密铸造工艺，显著减少缩松缺陷，提高铸件良品率。");
        f.put("keywords", "高温合金,精密铸造,涡轮叶片");
        f.put("industryCode", industry);
        f.put("regionCode", region);
        f.put("stage", stage);
        f.put("trl", trl);
        f.put("priceMin", price);
        f.put("modes", modes);
        f.put("rightsConfirmed", rightsConfirmed);
        return f;
    }

    private static List<Map<String, Object>> matches(int id, String query) {
        return given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/matches/" + id + "?" + query)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_compatible_result_shows_a_better_fit_than_an_incompatible_one_with_similar_text_and_both_directions_explain_themselves()
            throws Exception {
        String m = "m" + System.nanoTime();
        int need = Listings.published("enterprise", "NEED", need("涡轮叶片精密铸造良品率提升 " + m));
        int fits = Listings.published("researcher", "RESULT", result("高温合金涡轮叶片精密铸造技术 " + m, "EQUIP.CLEAN",
                "510603", "ENGINEERING", 7, "1200000.00", List.of("JOINT_DEV", "LICENSE"), true));
        // another owner: one owner's two near-identical texts would be shown once
        int misfit = Listings.published("enterprise2", "RESULT", result("高温合金涡轮叶片精密铸造工艺 " + m, "AGRI",
                "511700", "LAB", 2, "50000000.00", List.of("EQUITY"), false));
        int unrelated = Listings.published("researcher", "RESULT", result("玄武岩纤维连续拉丝成套装备 " + m, "MAT",
                "511700", "INDUSTRIAL", 9, "800000.00", List.of("TRANSFER"), true));
        Listings.awaitEmbedded(need, fits, misfit, unrelated);

        List<Map<String, Object>> full = matches(need, "size=50");
        List<Integer> ids = full.stream().map(x -> (Integer) x.get("id")).toList();
        assertThat(ids).contains(fits, misfit);
        // the order is the text's with the shipped blend (fit weight 0, chosen on the real set's development split);
        // what tells the two apart is their fit, which every match shows and a deployment may weigh in again
        Map<String, Object> best = full.get(ids.indexOf(fits));
        assertThat(((List<Map<String, Object>>) best.get("factors")).stream().map(f -> f.get("name")))
                .containsExactly("industry", "maturity", "price", "modes", "region", "rights");
        assertThat((List<?>) best.get("matchedTerms")).isNotEmpty();
        assertThat((Integer) best.get("semanticRank")).as("found by meaning too").isPositive();
        assertThat(((Number) best.get("fit")).doubleValue())
                .isGreaterThan(((Number) full.get(ids.indexOf(misfit)).get("fit")).doubleValue());

        List<Map<String, Object>> back = matches(fits, "size=50");
        List<Integer> needs = back.stream().map(x -> (Integer) x.get("id")).toList();
        assertThat(needs).as("the result finds the need").contains(need);
        assertThat((List<?>) back.get(needs.indexOf(need)).get("factors")).hasSize(6);

        String page = given().get("/matches/" + need).then().statusCode(200).extract().asString();
        assertThat(page).contains("推荐科技成果").contains("高温合金涡轮叶片精密铸造技术 " + m).contains("<mark>");
        String panel = given().header("Accept-Language", "en").get("/matches/" + need + "?panel=true")
                .then().statusCode(200).extract().asString();
        assertThat(panel).contains("Suggested results").contains("Maturity").doesNotContain("<html");
        given().get("/listings/" + need).then().statusCode(200).body(org.hamcrest.Matchers.containsString("data-panel"));

        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/matches/" + need + "?method=SIDEWAYS")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("method"));
        int draft = Listings.create("researcher", "RESULT", result("未发布成果 " + m, "EQUIP", "510603", "PILOT", 5,
                "100000.00", List.of("TRANSFER"), true));
        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/matches/" + draft).then().statusCode(404);
    }
}
