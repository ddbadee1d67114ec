package cn.techmarket.listing;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Listings;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Posting says what happens: submit for review is the main action, a draft says it is a draft, bad input is refused. */
@QuarkusTest
class ListingPostingTest {

    /** The pages test's valid need, with its budget typed in 万 as people type it. */
    private static Map<String, Object> form(Browser browser, int org, String title) {
        Map<String, Object> form = ListingPagesTest.needForm(browser, org, title);
        form.put("priceMin", "50万");
        form.put("priceMax", "200万");
        return form;
    }

    @Test
    void submit_for_review_is_the_primary_action_and_a_draft_is_explained_without_a_take_down_button() {
        Browser enterprise = Browser.signIn("enterprise");
        int org = Listings.verifiedOrgOf("enterprise");
        String blank = enterprise.get("/listings/new?kind=NEED").then().statusCode(200).extract().asString();
        assertThat(blank.indexOf("id=\"submit-for-review\"")).isPositive().isLessThan(blank.indexOf("id=\"save-draft\""));
        assertThat(blank).contains("提交审核").contains("个工作日内完成审核");

        Map<String, Object> draft = form(enterprise, org, "草稿说明-" + UUID.randomUUID());
        draft.put("then", "draft");
        Response saved = enterprise.post("/listings", draft);
        assertEquals(303, saved.statusCode());
        assertThat(saved.header("Location")).contains("saved=draft");
        String page = enterprise.follow(saved).then().statusCode(200).extract().asString();
        assertThat(page).contains("草稿已保存").contains("仅本机构成员可见").contains("value=\"SUBMIT\"")
                .doesNotContain("value=\"WITHDRAW\"").contains("50–200万元");

        Map<String, Object> submitted = form(enterprise, org, "直接提交-" + UUID.randomUUID());
        submitted.put("then", "submit");
        Response sent = enterprise.post("/listings", submitted);
        assertThat(sent.header("Location")).contains("saved=submitted");
        assertThat(enterprise.follow(sent).asString()).contains("已提交审核").contains("待审核");
    }

    @Test
    void a_one_character_title_and_a_missing_required_field_are_refused_beside_their_fields() {
        Browser enterprise = Browser.signIn("enterprise");
        int org = Listings.verifiedOrgOf("enterprise");
        Map<String, Object> bad = form(enterprise, org, "铸");
        bad.remove("problem");
        bad.put("then", "submit");
        Response refused = enterprise.post("/listings", bad);
        assertEquals(400, refused.statusCode());
        assertThat(refused.asString()).contains("id=\"title-error\"").contains("标题至少需要 2 个字")
                .contains("id=\"problem-error\"");
    }
}
