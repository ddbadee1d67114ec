package cn.techmarket.listing;

import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of listings costs a handful of statements, not a few per row: owners are loaded in one statement, industries
 * and regions come from the second-level cache, collections in batches. Counted with Hibernate's statistics; the
 * bound leaves room for the background workers' statements during the request (one N+1 lookup per row alone would
 * be 50).
 */
@QuarkusTest
class ListingQueriesTest {
    @Inject
    EntityManagerFactory factory;

    @Test
    void a_page_of_fifty_of_my_listings_takes_a_bounded_number_of_statements() {
        for (int i = 0; i < 50; i++) {
            Listings.create("enterprise", "NEED", Listings.aNeed("批量计数 " + i));
        }
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            page();
            statistics.clear();
            List<Object> items = page();
            long statements = statistics.getPrepareStatementCount();
            assertThat(items).hasSize(50);
            assertThat(statements).as("statements for a page of 50").isLessThan(30);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static List<Object> page() {
        return given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/listings/mine?size=50")
                .then().statusCode(200).extract().path("items");
    }
}
