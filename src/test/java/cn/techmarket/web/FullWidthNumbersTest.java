package cn.techmarket.web;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Java reads any Unicode digit as a number, so before {@link AsciiNumberParameters} "/api/v1/listings/１２" was
 * listing 12 and a full-width id posted in a form was taken as it stood (issue 9). Each request below reached the
 * published need on the old code: 200 for the paths, 303 and a stored follow for the form.
 */
@QuarkusTest
class FullWidthNumbersTest {

    private static String fullWidth(int number) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(number).toCharArray()) {
            out.append((char) ('０' + (c - '0')));
        }
        return out.toString();
    }

    @Test
    void a_path_id_in_full_width_digits_names_no_resource() {
        int need = Listings.published("enterprise", "NEED", Listings.aNeed("全角数字路径需求"));
        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/listings/" + need)
                .then().statusCode(200);
        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/listings/" + fullWidth(need))
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/listings/" + fullWidth(need)).then().statusCode(404);
    }

    @Test
    void a_form_number_in_full_width_digits_is_a_field_error_and_nothing_is_stored() {
        int need = Listings.published("enterprise", "NEED", Listings.aNeed("全角数字表单需求"));
        Browser user = Browser.signIn("researcher");
        Response refused = user.post("/subscriptions/follows", Map.of("_csrf", user.csrf(), "listingId", fullWidth(need)));
        assertEquals(400, refused.statusCode(), refused.asString());
        assertEquals(0L, follows(need), "the refused form stored a follow");
        assertEquals(303, user.post("/subscriptions/follows", Map.of("_csrf", user.csrf(), "listingId", need)).statusCode());
        assertEquals(1L, follows(need));
    }

    @Test
    void a_query_number_in_full_width_digits_is_a_problem_naming_the_parameter() {
        Response response = given().header("Authorization", Tokens.bearer("admin"))
                .get("/api/v1/audit?entityType=listing&entityId=1&page=" + fullWidth(2));
        assertEquals(400, response.statusCode(), response.asString());
        assertTrue(response.asString().contains("page"), response.asString());
    }

    private static long follows(int need) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) cn.techmarket.subscription.NeedFollow
                .getEntityManager().createNativeQuery("select count(*) from need_follow where listing_id = :id", Long.class)
                .setParameter("id", need).getSingleResult());
    }
}
