package cn.techmarket.search;

import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.OwnElasticsearch;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Elasticsearch really stops (its process ends) and starts again on the same data: writes made meanwhile succeed,
 * search says it is unavailable instead of failing, and afterwards every one of those writes is searchable.
 */
@QuarkusTest
@TestProfile(OwnElasticsearch.class)
class ElasticsearchOutageTest {

    private static long total(String query) {
        return given().get("/api/v1/search?" + query).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void every_write_made_while_elasticsearch_is_stopped_is_searchable_after_it_starts_again() throws Exception {
        String m = "outage" + System.nanoTime();
        int before = Listings.published("enterprise", "NEED", Listings.aNeed("停机前发布 " + m));
        int toWithdraw = Listings.published("researcher", "RESULT", Listings.aResult("停机前成果 " + m));
        Listings.awaitIndexed();
        assertThat(total("q=" + m)).isEqualTo(2);

        OwnElasticsearch.node().stop();
        List<Integer> during = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                during.add(Listings.published("enterprise", "NEED", Listings.aNeed("停机期间需求" + i + " " + m)));
            }
            during.add(Listings.published("researcher", "RESULT", Listings.aResult("停机期间成果 " + m)));
            Listings.act("researcher", toWithdraw, "WITHDRAW", null);
            given().get("/api/v1/search?q=" + m).then().statusCode(503)
                    .contentType(containsString("application/problem+json"));
            given().get("/search?q=" + m).then().statusCode(503).body(containsString("搜索服务暂时不可用"));
            given().get("/").then().statusCode(200);
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            OwnElasticsearch.node().startAgain();
        }

        Listings.awaitIndexed();
        assertThat(total("q=" + m)).as("the listing from before, and the four written during the outage")
                .isEqualTo(5);
        assertThat(total("q=" + m + "&type=RESULT")).as("the withdrawal during the outage reached search too")
                .isEqualTo(1);
        assertThat(before).isPositive();
        assertThat(during).hasSize(4);
    }
}
