package cn.techmarket.listing;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The daily expiry job: owners are told once, a week ahead; listings past their date expire and leave search. */
@QuarkusTest
class ListingExpiryTest {
    @Inject
    ListingExpiry expiry;
    @Inject
    EntityManager em;

    private void expiresOn(int id, LocalDate date) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update listing set expires_at = ?1 where id = ?2")
                .setParameter(1, date).setParameter(2, id).executeUpdate());
    }

    private static List<String> auditActions(int id) {
        return given().header("Authorization", Tokens.bearer("admin")).queryParam("entityType", "listing")
                .queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200).extract().path("items.action");
    }

    @Test
    void the_owner_is_told_once_before_expiry_and_the_listing_then_expires() {
        String marker = "expiry" + System.nanoTime();
        int id = Listings.published("enterprise", "NEED", Listings.aNeed("即将到期的需求 " + marker));
        int later = Listings.published("enterprise", "NEED", Listings.aNeed("远未到期的需求 " + marker));
        expiresOn(id, LocalDate.now().plusDays(3));

        expiry.run();
        expiry.run();
        assertThat(auditActions(id)).filteredOn("listing.expiry-notice"::equals).hasSize(1);
        assertThat(auditActions(later)).doesNotContain("listing.expiry-notice");
        Browser.signIn("enterprise").get("/listings/mine").then().statusCode(200)
                .body(containsString("将于 " + LocalDate.now().plusDays(3) + " 到期"));

        expiresOn(id, LocalDate.now().minusDays(1));
        expiry.run();
        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/listings/" + id)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("EXPIRED"));
        assertThat(auditActions(id)).contains("listing.expired");
        Listings.awaitIndexed();
        long found = given().get("/api/v1/search?q=" + marker).then().statusCode(200).extract().jsonPath().getLong("total");
        assertThat(found).as("only the listing that has not expired is still found").isEqualTo(1);
    }
}
