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

    /**
     * Every replica runs the daily job at the same time: each owner is still told once and each listing expires once
     * (notices are claimed with SKIP LOCKED, an expiry locks its listing and re-checks it).
     */
    @Test
    void two_replicas_running_the_job_at_once_notify_and_expire_each_listing_once() throws Exception {
        String marker = "replicas" + System.nanoTime();
        List<Integer> soon = new java.util.ArrayList<>();
        List<Integer> past = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            soon.add(Listings.published("enterprise", "NEED", Listings.aNeed("两个副本到期提醒 " + i + " " + marker)));
            past.add(Listings.published("enterprise", "NEED", Listings.aNeed("两个副本过期 " + i + " " + marker)));
        }
        soon.forEach(id -> expiresOn(id, LocalDate.now().plusDays(2)));
        past.forEach(id -> expiresOn(id, LocalDate.now().minusDays(1)));

        java.util.concurrent.ExecutorService replicas = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (int r = 0; r < 2; r++) {
                runs.add(replicas.submit(() -> {
                    start.await();
                    expiry.run();
                    return null;
                }));
            }
            start.countDown();
            for (var run : runs) {
                run.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }
        for (int id : soon) {
            assertThat(auditActions(id)).filteredOn("listing.expiry-notice"::equals).hasSize(1);
        }
        for (int id : past) {
            assertThat(auditActions(id)).filteredOn("listing.expired"::equals).hasSize(1);
        }
    }
}
