package cn.techmarket.listing;

import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ListingWorkflowTest {

    @Test
    void a_need_goes_from_draft_through_moderation_to_dealt_and_every_step_is_audited() {
        Map<String, Object> form = Listings.aNeed("汽轮机叶片高温涂层寿命提升");
        int id = Listings.create("enterprise", "NEED", form);
        given().get("/api/v1/listings/" + id).then().statusCode(404);

        Listings.act("enterprise", id, "SUBMIT", null);
        given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/listings/moderation?size=100")
                .then().statusCode(200).body("items.id", hasItem(id));
        Listings.act("admin", id, "RETURN", "请补充量化指标");
        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/listings/" + id)
                .then().body("status", equalTo("RETURNED")).body("moderationNote", equalTo("请补充量化指标"));

        form.put("targetIndicators", "涂层寿命由 8000 小时提升至 24000 小时");
        form.put("version", given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/listings/" + id)
                .then().extract().path("version"));
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON).body(form)
                .put("/api/v1/listings/" + id).then().statusCode(200);
        Listings.act("enterprise", id, "SUBMIT", null);
        Listings.act("admin", id, "APPROVE", null);

        given().get("/api/v1/listings/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("gated", equalTo(true))
                .body("details", nullValue())
                .body("contactPhone", nullValue())
                .body("targetIndicators", equalTo("涂层寿命由 8000 小时提升至 24000 小时"));
        Listings.verifiedOrgOf("enterprise2");
        given().header("Authorization", Tokens.bearer("enterprise2")).get("/api/v1/listings/" + id).then()
                .body("gated", equalTo(false)).body("details", notNullValue())
                .body("contactsGated", equalTo(true)).body("contactPhone", nullValue());
        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/listings/" + id).then()
                .body("contactsGated", equalTo(false)).body("contactPhone", equalTo("028-86000000"));

        Listings.act("enterprise", id, "MARK_DEALT", null);
        given().header("Authorization", Tokens.bearer("admin"))
                .queryParam("entityType", "listing").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("listing.created", "listing.submit", "listing.return",
                        "listing.updated", "listing.submit", "listing.approve", "listing.mark_dealt")))
                .body("items[2].after.status", equalTo("RETURNED"))
                .body("items[6].before.status", equalTo("PUBLISHED"));
    }

    @Test
    void owners_edit_only_their_own_listings_and_only_in_editable_states() {
        int draft = Listings.create("enterprise", "NEED", Listings.aNeed("他人草稿不可见"));
        Listings.verifiedOrgOf("enterprise2");
        given().header("Authorization", Tokens.bearer("enterprise2")).get("/api/v1/listings/" + draft).then().statusCode(404);
        Map<String, Object> form = Listings.aNeed("他人草稿不可改");
        form.put("version", 0);
        given().header("Authorization", Tokens.bearer("enterprise2")).contentType(ContentType.JSON).body(form)
                .put("/api/v1/listings/" + draft).then().statusCode(404);

        int published = Listings.published("enterprise", "NEED", Listings.aNeed("已发布不可直接修改"));
        given().header("Authorization", Tokens.bearer("enterprise2")).contentType(ContentType.JSON).body(form)
                .put("/api/v1/listings/" + published).then().statusCode(403);
        form.put("version", 2);
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON).body(form)
                .put("/api/v1/listings/" + published).then().statusCode(409).body("code", equalTo("listing-not-editable"));
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON)
                .body(Map.of("action", "APPROVE")).post("/api/v1/listings/" + published + "/transitions").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON)
                .body(Map.of("action", "SUBMIT")).post("/api/v1/listings/" + published + "/transitions")
                .then().statusCode(409).body("code", equalTo("listing-invalid-transition"));
    }

    @Test
    void bad_input_gets_field_level_errors() {
        Map<String, Object> form = Listings.aResult("");
        form.put("trl", 9);
        form.put("industryCode", "NOPE");
        form.put("priceNegotiable", true);
        form.put("ipItems", List.of(Map.of("type", "INVENTION_PATENT", "number", "123", "status", "GRANTED")));
        given().header("Authorization", Tokens.bearer("researcher")).contentType(ContentType.JSON)
                .queryParam("kind", "RESULT").queryParam("organizationId", Listings.verifiedOrgOf("researcher")).body(form)
                .post("/api/v1/listings").then().statusCode(400).body("errors.field", hasItem("title"));

        form.put("title", "标题正常");
        given().header("Authorization", Tokens.bearer("researcher")).contentType(ContentType.JSON)
                .queryParam("kind", "RESULT").queryParam("organizationId", Listings.verifiedOrgOf("researcher")).body(form)
                .post("/api/v1/listings").then().statusCode(400)
                .body("errors.field", hasItems("industryCode", "trl", "priceNegotiable", "ipItems[0].number"));

        given().header("Authorization", Tokens.bearer("researcher")).contentType(ContentType.JSON)
                .queryParam("kind", "NEED").queryParam("organizationId", Listings.verifiedOrgOf("researcher"))
                .body(Listings.aNeed("科研人员不能发需求"))
                .post("/api/v1/listings").then().statusCode(403);
    }
}
