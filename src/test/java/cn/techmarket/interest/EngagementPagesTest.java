package cn.techmarket.interest;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Listings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engagement pages through signed-in browsers: 表达意向, 收到的意向, 我的意向, 保存此搜索, 关注, /subscriptions, /inbox. */
@QuarkusTest
class EngagementPagesTest {
    private static final Pattern DECISION = Pattern.compile("action=\"/interests/(\\d+)/decision\"");

    @Test
    void an_interest_goes_from_the_listing_page_to_the_owners_decision_and_opens_the_contacts() {
        Map<String, Object> form = Listings.aResult("页面意向成果-" + UUID.randomUUID().toString().substring(0, 8));
        form.put("contactPhone", "0838-5550001");
        int id = Listings.published("enterprise", "RESULT", form);
        Listings.verifiedOrgOf("enterprise2");
        Browser visitor = Browser.signIn("enterprise2");
        visitor.get("/listings/" + id).then().statusCode(200).body(containsString("action=\"/interests\""))
                .body(containsString("表达合作意向")).body(not(containsString("0838-5550001")));

        assertEquals(403, visitor.post("/interests", Map.of("listingId", id, "message", "没有令牌")).statusCode(),
                "the form needs its CSRF token");
        Response empty = visitor.post("/interests", Map.of("_csrf", visitor.csrf(), "listingId", id, "message", "",
                "contactPhone", "<b>x</b>"));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.asString().contains("id=\"message-error\""), "the empty message is flagged beside its field");
        assertTrue(empty.asString().contains("id=\"contactPhone-error\""));
        assertTrue(!empty.asString().contains("<b>x</b>") && empty.asString().contains("&lt;b&gt;x&lt;/b&gt;"),
                "what was typed is shown back, escaped");

        Response sent = visitor.post("/interests", Map.of("_csrf", visitor.csrf(), "listingId", id,
                "message", "希望技术许可，<script>alert(1)</script>", "contactPhone", "0838-5550002"));
        assertEquals(303, sent.statusCode(), sent.asString());
        visitor.get("/listings/" + id).then().body(containsString("待处理")).body(not(containsString("0838-5550001")));
        visitor.get("/interests/mine").then().statusCode(200).body(containsString((String) form.get("title")))
                .body(containsString("撤回意向"));

        Browser owner = Browser.signIn("enterprise");
        owner.get("/listings/" + id).then().body(containsString("/interests/received/" + id));
        String received = owner.get("/interests/received/" + id).then().statusCode(200)
                .body(containsString("&lt;script&gt;")).body(not(containsString("<script>alert(1)")))
                .body(not(containsString("0838-5550002"))).extract().asString();
        Matcher m = DECISION.matcher(received);
        assertTrue(m.find());
        String decision = "/interests/" + m.group(1) + "/decision";
        Response noReason = owner.post(decision, Map.of("_csrf", owner.csrf(), "decision", "DECLINE", "reason", ""));
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.asString().contains("id=\"reason-error\""), "a decline without reason is flagged beside the select");
        assertEquals(403, visitor.post(decision, Map.of("_csrf", visitor.csrf(), "decision", "ACCEPT")).statusCode(),
                "the interested side cannot decide");
        assertEquals(303, owner.post(decision, Map.of("_csrf", owner.csrf(), "decision", "ACCEPT")).statusCode());

        owner.get("/interests/received/" + id).then().body(containsString("0838-5550002"))
                .body(containsString("enterprise2@demo.techmarket.local"));
        visitor.get("/listings/" + id).then().body(containsString("0838-5550001")).body(containsString("已接受"));
        visitor.get("/interests/mine").then().body(containsString("0838-5550001"));
        visitor.get("/inbox").then().statusCode(200).body(containsString("您的合作意向已被接受"))
                .body(containsString("class=\"badge-count\""));
        assertEquals(303, visitor.post("/inbox/read", Map.of("_csrf", visitor.csrf())).statusCode());
        visitor.get("/inbox").then().body(not(containsString("class=\"badge-count\"")));
        visitor.english().get("/inbox").then().body(containsString("Your expression of interest was accepted"));
    }

    @Test
    void a_search_is_saved_from_the_results_page_and_managed_on_subscriptions() {
        String word = "tmx" + java.util.concurrent.ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        Listings.published("enterprise", "RESULT", Listings.aResult("可保存的搜索 " + word));
        Listings.awaitIndexed();
        Browser user = Browser.signIn("broker");
        user.get("/search?q=" + word + "&type=RESULT").then().statusCode(200).body(containsString("保存此搜索"))
                .body(containsString("action=\"/subscriptions/searches?q=" + word + "&amp;type=RESULT\""));
        Response blank = user.post("/subscriptions/searches?q=" + word, Map.of("_csrf", user.csrf(), "name", ""));
        assertEquals(400, blank.statusCode());
        assertTrue(blank.asString().contains("id=\"name-error\""));
        Response saved = user.post("/subscriptions/searches?q=" + word + "&type=RESULT",
                Map.of("_csrf", user.csrf(), "name", "订阅-" + word));
        assertEquals(303, saved.statusCode(), saved.asString());
        String page = user.get("/subscriptions").then().statusCode(200).body(containsString("订阅-" + word))
                .body(containsString("/search?q=" + word + "&amp;type=RESULT")).extract().asString();
        Matcher state = Pattern.compile("action=\"/subscriptions/searches/(\\d+)/state\"").matcher(page);
        assertTrue(state.find());
        assertEquals(303, user.post("/subscriptions/searches/" + state.group(1) + "/state",
                Map.of("_csrf", user.csrf(), "paused", "true")).statusCode());
        user.get("/subscriptions").then().body(containsString("已暂停"));
        Browser other = Browser.signIn("researcher");
        assertEquals(404, other.post("/subscriptions/searches/" + state.group(1) + "/delete",
                Map.of("_csrf", other.csrf())).statusCode(), "someone else's saved search is not found");
        assertEquals(303, user.post("/subscriptions/searches/" + state.group(1) + "/delete",
                Map.of("_csrf", user.csrf())).statusCode());
        user.get("/subscriptions").then().body(not(containsString("订阅-" + word)));
    }

    @Test
    void a_need_is_followed_from_its_page() {
        int need = Listings.published("enterprise", "NEED", Listings.aNeed("可关注的需求-" + UUID.randomUUID()));
        Browser user = Browser.signIn("researcher");
        user.get("/listings/" + need).then().body(containsString("action=\"/subscriptions/follows\""));
        assertEquals(303, user.post("/subscriptions/follows", Map.of("_csrf", user.csrf(), "listingId", need)).statusCode());
        user.get("/listings/" + need).then().body(containsString("已关注"));
        user.get("/subscriptions").then().body(containsString("可关注的需求"));
    }
}
