package cn.techmarket.search;

import cn.techmarket.testsupport.IndexedListings;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.OwnElasticsearch;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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
    private static final int WRITERS = 4;
    /** Rounds (a listing created, renewed, then withdrawn, retitled or left) each writer makes per phase, at most. */
    private static final int ROUNDS_PER_PHASE = 2;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;
    @Inject
    SearchConfig config;

    /** Where a write started and ended; only one that started and ended in the same phase counts as landing there. */
    private enum Phase { BEFORE, STOPPED, RESTARTING, AFTER }

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

        OwnElasticsearch.stop(OwnElasticsearch.Stop.SIGTERM);
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
            OwnElasticsearch.startAgain();
        }

        Listings.awaitIndexed();
        assertThat(total("q=" + m)).as("the listing from before, and the four written during the outage")
                .isEqualTo(5);
        assertThat(total("q=" + m + "&type=RESULT")).as("the withdrawal during the outage reached search too")
                .isEqualTo(1);
        assertThat(before).isPositive();
        assertThat(during).hasSize(4);
    }

    /**
     * Four writers (needs and results, two users) create, renew, withdraw and retitle listings through the API before,
     * while and after the node is down, and while it starts again. The outage lasts longer than the longest back-off
     * (2^2 s in this profile) and than three attempts, after which a refused row would park. While it lasts, the outbox
     * shows that indexing was tried and postponed (attempts, the error, the retried counter) and that nothing parked;
     * afterwards every listing's document matches PostgreSQL, and a withdrawn one is gone from public search.
     */
    @ParameterizedTest(name = "after {0}")
    @EnumSource(OwnElasticsearch.Stop.class)
    void every_write_from_four_threads_across_an_outage_reaches_search(OwnElasticsearch.Stop how) throws Exception {
        String m = SearchTest.marker();
        Set<Integer> ids = ConcurrentHashMap.newKeySet();
        EnumMap<Phase, AtomicInteger> landed = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            landed.put(p, new AtomicInteger());
        }
        AtomicInteger writes = new AtomicInteger();
        AtomicReference<Phase> phase = new AtomicReference<>(Phase.BEFORE);
        // each writer's rounds in the current phase; a writer waits for the next phase once it has made its share
        List<EnumMap<Phase, AtomicInteger>> rounds = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        long backOffLimitMillis = (1L << config.maxBackoffExponent()) * 1000;
        try {
            for (int w = 0; w < WRITERS; w++) {
                EnumMap<Phase, AtomicInteger> mine = new EnumMap<>(Phase.class);
                for (Phase p : Phase.values()) {
                    mine.put(p, new AtomicInteger());
                }
                rounds.add(mine);
                String user = w % 2 == 0 ? "enterprise" : "researcher";
                String kind = w % 2 == 0 ? "NEED" : "RESULT";
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int round = 0; ; round++) {
                        Phase now = phase.get();
                        if (mine.get(now).get() >= ROUNDS_PER_PHASE) {
                            if (now == Phase.AFTER) {
                                return null;
                            }
                            Listings.waitUntil("the phase after " + now + " did not come", Duration.ofMinutes(3),
                                    () -> phase.get() != now);
                            continue;
                        }
                        int r = round;
                        String title = "停机写入" + writer + "-" + r + " " + m;
                        int[] id = new int[1];
                        write(phase, landed, writes, 1, () -> id[0] = Listings.create(user, kind,
                                kind.equals("NEED") ? Listings.aNeed(title) : Listings.aResult(title)));
                        ids.add(id[0]);
                        write(phase, landed, writes, 1, () -> Listings.act(user, id[0], "SUBMIT", null));
                        write(phase, landed, writes, 1, () -> Listings.act("admin", id[0], "APPROVE", null));
                        write(phase, landed, writes, 1, () -> Listings.renew(user, id[0], LocalDate.now().plusDays(100 + r)));
                        switch (r % 3) {
                            case 0 -> write(phase, landed, writes, 1, () -> Listings.act(user, id[0], "WITHDRAW", null));
                            case 1 -> write(phase, landed, writes, 5, () -> Listings.retitle(user, id[0], kind, "改名" + title));
                            default -> {
                            }
                        }
                        mine.get(now).incrementAndGet();
                    }
                }));
            }
            awaitRounds("before the outage", rounds, Phase.BEFORE, writers);
            Listings.awaitIndexed();
            double retriedBefore = retried();

            long stoppedAt = System.nanoTime();
            OwnElasticsearch.stop(how);
            phase.set(Phase.STOPPED);
            awaitRounds("while Elasticsearch is down", rounds, Phase.STOPPED, writers);
            Listings.waitUntil("no indexing was tried and postponed while Elasticsearch was down", Duration.ofSeconds(60),
                    () -> healthy(writers) && postponed() > 0 && retried() > retriedBefore);
            Listings.waitUntil("the outage did not outlast the longest back-off", Duration.ofSeconds(60),
                    () -> healthy(writers) && System.nanoTime() - stoppedAt > TimeUnit.MILLISECONDS.toNanos(backOffLimitMillis + 1000));
            assertThat(parkedRows()).as("an outage parks nothing").isZero();
            assertThat(pendingRows()).as("writes succeeded but wait for search").isPositive();

            phase.set(Phase.RESTARTING);
            OwnElasticsearch.startAgain();
            long outageMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppedAt);
            phase.set(Phase.AFTER);
            for (Future<?> writer : writers) {
                writer.get(3, TimeUnit.MINUTES);
            }
            assertThat(outageMillis).as("the outage outlasted the longest back-off").isGreaterThan(backOffLimitMillis);
            assertThat(writes.get()).as("writes, all answered 2xx").isGreaterThanOrEqualTo(100);
            assertThat(landed.get(Phase.STOPPED).get()).as("writes made while the node was down").isGreaterThanOrEqualTo(WRITERS);
            assertThat(landed.get(Phase.RESTARTING).get()).as("writes made while the node was starting").isPositive();
        } finally {
            pool.shutdownNow();
            OwnElasticsearch.startAgain();
        }

        Listings.waitUntil("the index did not catch up in 60 s", Duration.ofSeconds(60), () -> pendingRows() == 0);
        Listings.refresh();
        assertThat(parkedRows()).as("nothing parked: no write is lost from search").isZero();
        assertThat(IndexedListings.mismatches(ids)).as("every listing's document against PostgreSQL").isEmpty();
        long published = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from listing where id in (?1) and status = 'PUBLISHED'")
                .setParameter(1, ids.stream().map(Integer::longValue).toList()).getSingleResult()).longValue());
        assertThat(published).as("some listings stay published, some were withdrawn").isBetween(1L, ids.size() - 1L);
        assertThat(total("q=" + m)).as("public search shows exactly the published ones").isEqualTo(published);
    }

    private static void write(AtomicReference<Phase> phase, EnumMap<Phase, AtomicInteger> landed, AtomicInteger writes, int count,
                              Runnable call) {
        Phase started = phase.get();
        call.run();
        writes.addAndGet(count);
        if (phase.get() == started) {
            landed.get(started).addAndGet(count);
        }
    }

    private static void awaitRounds(String when, List<EnumMap<Phase, AtomicInteger>> rounds, Phase phase,
                                    List<Future<?>> writers) {
        Listings.waitUntil("the writers did not finish their rounds " + when, Duration.ofMinutes(2), () -> healthy(writers)
                && rounds.stream().allMatch(r -> r.get(phase).get() >= ROUNDS_PER_PHASE));
    }

    /** False never: a writer that failed ends the wait with its own failure instead of a time-out. */
    private static boolean healthy(List<Future<?>> writers) {
        for (Future<?> writer : writers) {
            if (writer.state() == Future.State.FAILED) {
                throw new AssertionError("a writer failed", writer.exceptionNow());
            }
        }
        return true;
    }

    /** Outbox rows that were tried, failed with an error, and wait for a later attempt. */
    private long postponed() {
        return count("select count(*) from search_outbox where attempts > 0 and last_error is not null and parked_at is null");
    }

    private long parkedRows() {
        return count("select count(*) from search_outbox where parked_at is not null");
    }

    private long pendingRows() {
        return count("select count(*) from search_outbox where parked_at is null");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private double retried() {
        var counter = registry.find("techmarket.queue.retried").tag("queue", "search").counter();
        return counter == null ? 0 : counter.count();
    }
}
