package cn.techmarket.web;

import cn.techmarket.testsupport.Brokers;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.StatementCount;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of rows costs the same few statements whatever its length: the views read what rows refer to from batch
 * lookups (Preload, one statement per kind), element collections in one batch per page, reference data from the
 * second-level cache. Fifty rows must cost no more than five; one lookup per row would add 45 statements. Only the statements run
 * for the measured request count (see StatementCount), not the background workers'.
 */
@QuarkusTest
class PageStatementsTest {
    /** A page's statements: the caller and its organizations, the rows, their count, one per kind of lookup. */
    static final long BOUND = 15;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PageStatementsTest.class);

    @Test
    void fifty_rows_of_each_page_cost_the_statements_of_five() {
        int result = Listings.published("enterprise2", "RESULT", Listings.aResult("计数成果"));
        Brokers.ensureProfile("broker");
        for (int i = 0; i < 50; i++) {
            int need = Listings.published("enterprise", "NEED", Listings.aNeed("计数需求 " + i));
            Brokers.claim("broker", need).then().statusCode(200);
            int deal = given().header("Authorization", Tokens.bearer("broker")).contentType(ContentType.JSON)
                    .body(Map.of("needId", need, "title", "计数撮合 " + i, "resultIds", List.of(result)))
                    .post("/api/v1/deals").then().statusCode(201).extract().path("id");
            if (i % 2 == 0) { // a longer stage history on half of them
                Brokers.move("broker", deal, Map.of("to", "DOCKING")).then().statusCode(200);
            }
            given().header("Authorization", Tokens.bearer("enterprise2")).contentType(ContentType.JSON)
                    .body(Map.of("message", "希望合作开发计数需求。", "contactPhone", "0838-1234567"))
                    .post("/api/v1/listings/" + need + "/interests").then().statusCode(201);
            int submitted = Listings.create("enterprise", "RESULT", Listings.aResult("待审计数 " + i));
            Listings.act("enterprise", submitted, "SUBMIT", null);
        }
        assertConstant("my listings", "enterprise", "/api/v1/listings/mine");
        assertConstant("the moderation queue", "admin", "/api/v1/listings/moderation");
        assertConstant("the broker's deals with their stage history", "broker", "/api/v1/deals");
        assertConstant("my interests", "enterprise2", "/api/v1/interests/mine");
    }

    @Test
    void a_broker_with_fifty_claims_costs_the_statements_of_five() {
        Brokers.ensureProfile("broker2");
        claimNeeds(5);
        long few = StatementCount.of(id -> claims(id));
        int fewRows = claims().size();
        // 30 more, not 45: the claims list is not paged, and with the claims other tests gave broker2 a list of over
        // 50 rows would cross Hibernate's fetch batch (one more statement per 50 rows, not per row)
        claimNeeds(30);
        long many = StatementCount.of(id -> claims(id));
        assertThat(claims().size()).isGreaterThanOrEqualTo(fewRows + 30);
        LOG.infof("statements for a broker's claims: %d rows %d, %d rows %d", fewRows, few, claims().size(), many);
        assertThat(many).as("statements for %d claims vs %d", claims().size(), fewRows).isEqualTo(few);
        assertThat(many).isLessThanOrEqualTo(BOUND);
    }

    private static void claimNeeds(int count) {
        for (int i = 0; i < count; i++) {
            int need = Listings.published("enterprise", "NEED", Listings.aNeed("计数认领 " + i));
            Brokers.claim("broker2", need).then().statusCode(200);
        }
    }

    private static List<Object> claims() {
        return claims(null);
    }

    private static List<Object> claims(String requestId) {
        return given().header("Authorization", Tokens.bearer("broker2")).headers(requestIdHeader(requestId))
                .get("/api/v1/brokers/me/claims")
                .then().statusCode(200).extract().path("$");
    }

    private static void assertConstant(String page, String user, String path) {
        long five = StatementCount.of(id -> rows(user, path, 5, id));
        long fifty = StatementCount.of(id -> rows(user, path, 50, id));
        assertThat(rows(user, path, 50, null)).as(page).hasSize(50);
        LOG.infof("statements for %s: 5 rows %d, 50 rows %d", page, five, fifty);
        // not more than five; fewer is fine (a page shorter than its size needs no count query)
        assertThat(fifty).as("statements for 50 rows of %s (5 rows cost %d)", page, five).isLessThanOrEqualTo(five);
        assertThat(fifty).as("statements for a page of %s", page).isLessThanOrEqualTo(BOUND);
    }

    private static Map<String, String> requestIdHeader(String requestId) {
        return requestId == null ? Map.of() : Map.of("X-Request-Id", requestId);
    }

    private static List<Object> rows(String user, String path, int size, String requestId) {
        return given().header("Authorization", Tokens.bearer(user)).headers(requestIdHeader(requestId))
                .queryParam("size", size).get(path)
                .then().statusCode(200).extract().path("items");
    }
}
