package cn.techmarket.broker;

import cn.techmarket.testsupport.Brokers;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The dashboard against figures worked out by hand. The fixture is four deals of broker2 opened in March of a year
 * drawn for the run (2000-2015, so that no other test's deals can fall into the period, whatever runs first) with
 * fixed stage times (and one opened in April, outside the period); the fixture checks that the period is empty.
 *
 * <pre>
 * deal  opened  stays (days)                                   now         amount     commission
 * d1    03-01   LEAD 2, DOCKING 5, NEGOTIATION 2, SIGNED …      SIGNED      100000.00  5 %      → 5000.00
 * d2    03-02   LEAD 4, DOCKING 3                               TERMINATED
 * d3    03-05   LEAD …                                          LEAD
 * d4    03-10   LEAD 1, DOCKING 4, NEGOTIATION 5, SIGNED 5      REGISTERED 250000.50  fixed    → 8000.00
 * d5    04-02   LEAD …                                          LEAD       (outside the period)
 *
 * reached: LEAD 4, DOCKING 3, NEGOTIATION 2, SIGNED 2, REGISTERED 1
 * conversion: 3/4 = 75.0 %, 2/3 = 66.7 %, 2/2 = 100.0 %, 1/2 = 50.0 %
 * time (completed stays): LEAD 2,4,1 → mean 2.33, median 2.00; DOCKING 5,3,4 → 4.00, 4.00;
 *                         NEGOTIATION 2,5 → 3.50, 3.50; SIGNED 5 → 5.00, 5.00
 * turnover 350000.50; commission 13000.00
 * </pre>
 */
@QuarkusTest
class BrokerDashboardTest {
    private static final String YEAR = String.valueOf(2000 + new java.util.Random().nextInt(16));
    private static boolean loaded;
    @Inject
    EntityManager em;

    @BeforeEach
    void fixture() {
        if (loaded) {
            return;
        }
        int broker = Brokers.ensureProfile("broker2");
        int need = Listings.published("enterprise", "NEED", Listings.aNeed("看板样例需求"));
        long before = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from deal where broker_id = ?1 and extract(year from created_at) = ?2")
                .setParameter(1, broker).setParameter(2, Integer.parseInt(YEAR)).getSingleResult()).longValue());
        org.junit.jupiter.api.Assertions.assertEquals(0, before, "broker2 already has deals in " + YEAR);
        QuarkusTransaction.requiringNew().run(() -> {
            deal(broker, need, "PERCENT", "5.00", null, "100000.00", "SIGNED",
                    YEAR + "-03-01", 2, "DOCKING", 5, "NEGOTIATION", 2, "SIGNED", -1);
            deal(broker, need, null, null, null, null, "TERMINATED", YEAR + "-03-02", 4, "DOCKING", 3, "TERMINATED", -1);
            deal(broker, need, null, null, null, null, "LEAD", YEAR + "-03-05", -1);
            deal(broker, need, "FIXED", null, "8000.00", "250000.50", "REGISTERED",
                    YEAR + "-03-10", 1, "DOCKING", 4, "NEGOTIATION", 5, "SIGNED", 5, "REGISTERED", -1);
            deal(broker, need, null, null, null, null, "LEAD", YEAR + "-04-02", -1);
        });
        loaded = true;
    }

    /** Inserts a deal opened on {@code opened} (09:00 China time): LEAD for n days, then stage, days, stage, … (-1 = still there). */
    private void deal(int broker, int need, String kind, String rate, String fixed, String amount, String stage,
                      String opened, Object... stays) {
        OffsetDateTime at = OffsetDateTime.parse(opened + "T09:00:00+08:00");
        long id = ((Number) em.createNativeQuery("""
                        insert into deal (need_id, broker_id, title, stage, stage_entered_at, commission_kind,
                          commission_rate, commission_amount, amount, signed_on, signed_at, termination_reason,
                          created_at, updated_at)
                        values (?1, ?2, '看板样例', ?3, ?4, ?5, cast(?6 as numeric), cast(?7 as numeric),
                          cast(?8 as numeric), ?9, ?4, ?10, ?4, ?4) returning id""")
                .setParameter(1, need).setParameter(2, broker).setParameter(3, stage).setParameter(4, at)
                .setParameter(5, kind).setParameter(6, rate).setParameter(7, fixed).setParameter(8, amount)
                .setParameter(9, amount == null ? null : at.toLocalDate())
                .setParameter(10, stage.equals("TERMINATED") ? "PRICE_GAP" : null)
                .getSingleResult()).longValue();
        String current = "LEAD";
        int days = (Integer) stays[0];
        for (int i = 1; ; i += 2) {
            OffsetDateTime left = days < 0 ? null : at.plusDays(days);
            em.createNativeQuery("insert into deal_stage_stay (deal_id, stage, entered_at, left_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, current).setParameter(3, at)
                    .setParameter(4, left).executeUpdate();
            if (left == null || i >= stays.length) {
                break;
            }
            at = left;
            current = (String) stays[i];
            days = (Integer) stays[i + 1];
        }
    }

    @Test
    void the_figures_equal_those_worked_out_by_hand() {
        given().header("Authorization", Tokens.bearer("broker2"))
                .queryParam("from", YEAR + "-03-01").queryParam("to", YEAR + "-03-31")
                .get("/api/v1/brokers/me/dashboard").then().statusCode(200)
                .body("deals", equalTo(4))
                .body("byStage.LEAD", equalTo(1)).body("byStage.DOCKING", equalTo(0))
                .body("byStage.NEGOTIATION", equalTo(0)).body("byStage.SIGNED", equalTo(1))
                .body("byStage.REGISTERED", equalTo(1)).body("byStage.TERMINATED", equalTo(1))
                .body("conversion.reached", equalTo(List.of(4, 3, 2, 2)))
                .body("conversion.advanced", equalTo(List.of(3, 2, 2, 1)))
                .body("conversion.percent", equalTo(List.of(75.0f, 66.7f, 100.0f, 50.0f)))
                .body("timeInStage.stage", equalTo(List.of("LEAD", "DOCKING", "NEGOTIATION", "SIGNED")))
                .body("timeInStage.stays", equalTo(List.of(3, 3, 2, 1)))
                .body("timeInStage.averageDays", equalTo(List.of(2.33f, 4.0f, 3.5f, 5.0f)))
                .body("timeInStage.medianDays", equalTo(List.of(2.0f, 4.0f, 3.5f, 5.0f)))
                .body("turnover", equalTo(350000.50f))
                .body("commissionDue", equalTo(13000.0f))
                .body("signed", equalTo(2));
    }

    @Test
    void an_empty_period_has_no_rates_and_a_reversed_one_is_refused() {
        given().header("Authorization", Tokens.bearer("broker2"))
                .queryParam("from", "2018-01-01").queryParam("to", "2018-01-31")
                .get("/api/v1/brokers/me/dashboard").then().statusCode(200)
                .body("deals", equalTo(0)).body("conversion[0].percent", nullValue())
                .body("timeInStage[0].averageDays", nullValue()).body("turnover", equalTo(0.0f));
        given().header("Authorization", Tokens.bearer("broker2"))
                .queryParam("from", YEAR + "-03-31").queryParam("to", YEAR + "-03-01")
                .get("/api/v1/brokers/me/dashboard").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().header("Authorization", Tokens.bearer("enterprise")).get("/api/v1/brokers/me/dashboard")
                .then().statusCode(403);
    }
}
