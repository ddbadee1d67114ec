package cn.techmarket.matching;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** A need's complexity score is an internal routing signal: brokers, the operator and the owner see it, nobody else. */
@QuarkusTest
class ComplexityVisibilityTest {

    @Test
    void only_brokers_the_operator_and_the_owner_see_a_needs_complexity_score() {
        int id = Listings.published("enterprise", "NEED", Listings.aNeed("复杂度可见性-" + UUID.randomUUID()));
        String panel = "/matches/" + id + "?panel=true";
        given().get(panel).then().statusCode(200).body(not(containsString("id=\"complexity\"")));
        Listings.verifiedOrgOf("enterprise2");
        Browser.signIn("enterprise2").get(panel).then().statusCode(200).body(not(containsString("id=\"complexity\"")));
        Browser.signIn("enterprise").get(panel).then().statusCode(200).body(containsString("id=\"complexity\""));
        Browser.signIn("broker").get(panel).then().statusCode(200).body(containsString("id=\"complexity\""));
        given().header("Authorization", Tokens.bearer("enterprise2")).get("/api/v1/needs/" + id + "/complexity")
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/needs/" + id + "/complexity")
                .then().statusCode(200);
    }
}
