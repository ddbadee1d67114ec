package cn.techmarket.listing;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The listing pages through a signed-in browser: form, field errors, workflow buttons, 我的发布, moderation, autosave. */
@QuarkusTest
class ListingPagesTest {
    private static final Pattern CREATED = Pattern.compile("/listings/(\\d+)\\?saved=true");

    static Map<String, Object> needForm(Browser browser, int org, String title) {
        Map<String, Object> form = new HashMap<>();
        form.put("_csrf", browser.csrf());
        form.put("kind", "NEED");
        form.put("organizationId", org);
        form.put("title", title);
        form.put("summary", "需要将精密铸件良品率提升至95%以上，寻求高校院所合作攻关。");
        form.put("problem", "现有熔模铸造工艺缩松缺陷多，良品率仅85%。");
        form.put("targetIndicators", "良品率≥95%，单件能耗降低20%");
        form.put("needClass", "BOTTLENECK");
        form.put("industryCode", "EQUIP");
        form.put("regionCode", "510603");
        form.put("stage", "PILOT");
        form.put("trl", "5");
        form.put("modes", List.of("JOINT_DEV", "COMMISSIONED_DEV"));
        form.put("priceMin", "500,000");
        form.put("priceMax", "2000000.00");
        form.put("contactPhone", "0838-2200000");
        return form;
    }

    private static long countMine(String user) {
        return given().header("Authorization", Tokens.bearer(user)).get("/api/v1/listings/mine?size=1")
                .then().statusCode(200).extract().<Integer>path("total").longValue();
    }

    @Test
    void full_width_digits_in_a_number_field_are_a_field_error_not_a_number() {
        Browser enterprise = Browser.signIn("enterprise");
        int orgId = Listings.verifiedOrgOf("enterprise");
        long before = countMine("enterprise");
        Map<String, Object> form = needForm(enterprise, orgId, "全角数字需求-" + UUID.randomUUID());
        form.put("trl", "５");
        form.put("priceMin", "５００");
        enterprise.post("/listings", form).then().statusCode(400)
                .body(containsString("id=\"trl-error\"")).body(containsString("id=\"priceMin-error\""));
        org.junit.jupiter.api.Assertions.assertEquals(before, countMine("enterprise"));
    }

    @Test
    void a_need_goes_from_the_form_through_moderation_to_my_listings() {
        Browser enterprise = Browser.signIn("enterprise");
        int org = Listings.verifiedOrgOf("enterprise");
        enterprise.get("/listings/new?kind=NEED").then().statusCode(200)
                .body(containsString("name=\"title\"")).body(containsString("value=\"" + org + "\""));

        long before = countMine("enterprise");
        Map<String, Object> bad = needForm(enterprise, org, "");
        bad.put("priceMin", "五十万");
        bad.put("stage", "LAB");
        bad.put("trl", "8");
        Response rejected = enterprise.post("/listings", bad);
        assertEquals(400, rejected.statusCode());
        String page = rejected.asString();
        assertTrue(page.contains("id=\"title-error\""), "the empty title is flagged beside its field");
        assertTrue(page.contains("id=\"priceMin-error\""), "the unreadable price is flagged beside its field");
        assertTrue(page.contains("五十万"), "what was typed is shown back");
        assertEquals(before, countMine("enterprise"), "a rejected form stores nothing");

        String title = "精密铸件良品率提升-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = enterprise.post("/listings", needForm(enterprise, org, title));
        assertEquals(303, created.statusCode(), created.asString());
        Matcher m = CREATED.matcher(created.header("Location"));
        assertTrue(m.find());
        long id = Long.parseLong(m.group(1));
        enterprise.get("/listings/" + id + "?saved=true").then().statusCode(200)
                .body(containsString(title)).body(containsString("草稿")).body(containsString("50–200万元"))
                .body(containsString("合作开发"));

        String edit = enterprise.get("/listings/" + id + "/edit").then().statusCode(200).extract().asString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(edit);
        assertTrue(version.find());
        Map<String, Object> changed = needForm(enterprise, org, title + "（修订）");
        changed.remove("kind");
        changed.remove("organizationId");
        changed.put("version", version.group(1));
        assertEquals(303, enterprise.post("/listings/" + id, changed).statusCode());
        Map<String, Object> stale = new HashMap<>(changed);
        assertEquals(400, enterprise.post("/listings/" + id, stale).statusCode(), "an edit of an old version is refused");

        assertEquals(303, enterprise.post("/listings/" + id + "/transitions",
                Map.of("_csrf", enterprise.csrf(), "action", "SUBMIT")).statusCode());

        Browser admin = Browser.signIn("admin");
        admin.get("/listings/moderation").then().statusCode(200).body(containsString(title + "（修订）"));
        Response bulkNoReason = admin.post("/listings/moderation/bulk",
                Map.of("_csrf", admin.csrf(), "action", "RETURN", "ids", List.of(id), "back", "/listings/moderation"));
        assertEquals(303, bulkNoReason.statusCode());
        assertTrue(bulkNoReason.header("Location").endsWith("/listings/moderation?missing=reason"));
        admin.follow(bulkNoReason).then().statusCode(200).body(containsString("id=\"bulk-reason-error\""))
                .body(containsString(title + "（修订）"));
        Response noReason = admin.post("/listings/" + id + "/transitions", Map.of("_csrf", admin.csrf(), "action", "RETURN"));
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.asString().contains("field-error"), "a return without a reason is flagged");
        assertEquals(303, admin.post("/listings/" + id + "/transitions",
                Map.of("_csrf", admin.csrf(), "action", "RETURN", "reason", "请补充量化指标的测试方法")).statusCode());

        enterprise.get("/listings/" + id).then().statusCode(200).body(containsString("请补充量化指标的测试方法"))
                .body(containsString("退回整改")).body(not(containsString("listing.return")))
                .body(containsString("王建国")).body(not(containsString(" · enterprise · ")));
        enterprise.get("/listings/mine?status=RETURNED").then().statusCode(200).body(containsString(title + "（修订）"));
        enterprise.english().get("/listings/mine").then().statusCode(200).body(containsString("Returned for changes"));
    }

    @Test
    void another_enterprise_cannot_open_the_edit_form_and_a_visitor_cannot_see_a_draft() {
        int id = Listings.create("enterprise", "NEED", Listings.aNeed("他人草稿-" + UUID.randomUUID()));
        Browser other = Browser.signIn("enterprise2");
        Listings.verifiedOrgOf("enterprise2");
        assertEquals(404, other.get("/listings/" + id + "/edit").statusCode());
        assertEquals(404, other.get("/listings/" + id).statusCode());
        given().get("/listings/" + id).then().statusCode(404);
    }

    @Test
    void a_visitor_sees_the_public_summary_and_a_verified_organization_the_details_but_only_the_owner_the_contacts() {
        Map<String, Object> form = Listings.aNeed("对外公开的需求-" + UUID.randomUUID());
        form.put("contactPhone", "0838-2999999");
        int id = Listings.published("enterprise", "NEED", form);
        given().get("/listings/" + id).then().statusCode(200).body(containsString((String) form.get("summary")))
                .body(not(containsString("0838-2999999"))).body(containsString("仅对已登录且所属机构已认证的用户开放"));
        Browser verified = Browser.signIn("enterprise2");
        Listings.verifiedOrgOf("enterprise2");
        verified.get("/listings/" + id).then().statusCode(200).body(containsString((String) form.get("details")))
                .body(not(containsString("0838-2999999"))).body(containsString("接受您的合作意向后可见"));
        Browser.signIn("enterprise").get("/listings/" + id).then().statusCode(200).body(containsString("0838-2999999"));
    }

    @Test
    void typing_is_autosaved_and_restored_until_saved_for_real() {
        Browser enterprise = Browser.signIn("enterprise");
        int org = Listings.verifiedOrgOf("enterprise");
        String key = "new-NEED-" + org;
        Response saved = enterprise.post("/listings/autosave",
                Map.of("_csrf", enterprise.csrf(), "formKey", key, "title", "写了一半的需求标题", "priceMin", "abc"));
        assertEquals(200, saved.statusCode(), saved.asString());
        assertTrue(saved.asString().contains("savedAt"));
        enterprise.get("/listings/new?kind=NEED&organizationId=" + org).then().statusCode(200)
                .body(containsString("写了一半的需求标题")).body(containsString("value=\"abc\""))
                .body(containsString("自动保存"));

        assertEquals(403, enterprise.post("/listings/autosave", Map.of("formKey", key, "title", "x")).statusCode(),
                "autosave is a state change and needs the CSRF token");
        Browser stranger = Browser.signIn("enterprise2");
        assertEquals(404, stranger.post("/listings/autosave",
                Map.of("_csrf", stranger.csrf(), "formKey", key, "title", "x")).statusCode());
        assertEquals(400, enterprise.post("/listings/autosave",
                Map.of("_csrf", enterprise.csrf(), "formKey", "../../etc", "title", "x")).statusCode());

        assertEquals(303, enterprise.post("/listings/autosave/discard",
                Map.of("_csrf", enterprise.csrf(), "formKey", key, "back", "/listings/new?kind=NEED")).statusCode());
        enterprise.get("/listings/new?kind=NEED&organizationId=" + org).then().statusCode(200)
                .body(not(containsString("写了一半的需求标题")));
    }

    @Test
    void an_owner_renews_a_published_listing_from_its_page() {
        int id = Listings.published("enterprise", "NEED", Listings.aNeed("待续期需求-" + UUID.randomUUID()));
        Browser enterprise = Browser.signIn("enterprise");
        String until = LocalDate.now().plusDays(300).toString();
        assertEquals(303, enterprise.post("/listings/" + id + "/transitions",
                Map.of("_csrf", enterprise.csrf(), "action", "RENEW", "expiresAt", until)).statusCode());
        enterprise.get("/listings/" + id).then().statusCode(200).body(containsString(until));
        Response wrongDate = enterprise.post("/listings/" + id + "/transitions",
                Map.of("_csrf", enterprise.csrf(), "action", "RENEW", "expiresAt", "明年"));
        assertEquals(400, wrongDate.statusCode());
        assertTrue(wrongDate.asString().contains("field-error"));
    }
}
