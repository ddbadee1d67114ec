package cn.techmarket.voucher;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.techmarket.voucher.VoucherWorld.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Money under contention: one voucher, many redemptions; one budget, many issues; one holder, several programmes. */
@QuarkusTest
class VoucherConcurrencyTest {
    private static final String DEYANG = "510600";

    @Test
    void a_thousand_parallel_redemptions_of_one_voucher_have_exactly_one_winner() throws Exception {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "500000.00", "TESTING", "10000.00");
        int programme = scene.programme(), holder = scene.holder();
        int[] provider = scene.provider();
        int voucher = VoucherWorld.issued("enterprise", programme, holder, "3000.00");
        List<Integer> orders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            orders.add(VoucherWorld.order("enterprise", voucher, provider[1]).then().statusCode(201).extract().path("id"));
        }
        List<Attempt> attempts = Contest.confirmAll(RestAssured.port, VoucherWorld.bearer("provider"), orders, 1000, 32);
        long won = attempts.stream().filter(a -> a.status == 200).count();
        long refused = attempts.stream().filter(a -> a.status == 409 && a.body.contains("\"voucher-not-available\"")
                && a.contentType.startsWith("application/problem+json")).count();
        assertEquals(1, won, "exactly one redemption wins");
        assertEquals(999, refused, () -> "every other one is a 409 problem: " + attempts.stream()
                .filter(a -> a.status != 200 && a.status != 409).findFirst().map(a -> a.status + " " + a.body).orElse(""));
        as("enterprise").get("/api/v1/vouchers/" + voucher).then().body("status", equalTo("RESERVED"))
                .body("reserved", equalTo(3000.00f));
        as("enterprise").get("/api/v1/vouchers/" + voucher + "/audit").then()
                .body("items.findAll { it.action == 'voucher.reserved' }.size()", equalTo(1));
    }

    @Test
    void parallel_issuance_never_over_issues_a_nearly_spent_budget() throws Exception {
        int bureau = VoucherWorld.bureauOf(DEYANG);
        int programme = VoucherWorld.programme("bureau", "CITY", bureau, DEYANG,
                VoucherWorld.terms("ADVANCE", "10000.00", List.of(DEYANG)));
        int holder = VoucherWorld.enterprise("enterprise", "510603");
        VoucherWorld.issued("enterprise", programme, holder, "9100.00");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> calls = new ArrayList<>();
            VoucherWorld.bearer("enterprise");
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return VoucherWorld.apply("enterprise", programme, holder, "300.00").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> c : calls) {
                statuses.add(c.get());
            }
            assertEquals(3, statuses.stream().filter(s -> s == 201).count(), "900 of the 900 left: three vouchers");
            assertEquals(9, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        as("bureau").get("/api/v1/voucher-programmes/" + programme).then()
                .body("committed", equalTo(10000.00f)).body("available", equalTo(0.0f));
        VoucherWorld.apply("enterprise", programme, holder, "0.01").then().statusCode(409)
                .body("code", equalTo("budget-exhausted"));
    }

    @Test
    void the_cap_per_holder_holds_across_vouchers_and_programmes() {
        int bureau = VoucherWorld.bureauOf(DEYANG);
        int cityProgramme = VoucherWorld.programme("bureau", "CITY", bureau, DEYANG,
                VoucherWorld.terms("ADVANCE", "1000000.00", List.of(DEYANG)));
        int province = VoucherWorld.org("admin", "四川省科学技术厅", "GOVERNMENT", "510000", List.of());
        int provinceProgramme = VoucherWorld.programme("admin", "PROVINCE", province, "510000",
                VoucherWorld.terms("POST_SUBSIDY", "1000000.00", List.of(DEYANG)));
        int holder = VoucherWorld.enterprise("enterprise", "510603");
        int[] provider = VoucherWorld.providerWithService("510603", List.of(DEYANG), "TESTING", "500000.00");

        int first = VoucherWorld.issued("enterprise", cityProgramme, holder, "120000.00");
        int second = VoucherWorld.issued("enterprise", cityProgramme, holder, "60000.00");
        int third = VoucherWorld.issued("enterprise", provinceProgramme, holder, "100000.00");
        VoucherWorld.reserved("enterprise", first, provider[1], "500000.00");
        VoucherWorld.reserved("enterprise", second, provider[1], "500000.00");
        // 180,000 used of 200,000: the province voucher's 100,000 gets only the 20,000 left
        VoucherWorld.reserved("enterprise", third, provider[1], "500000.00");
        as("enterprise").get("/api/v1/vouchers/" + third).then().body("reserved", equalTo(20000.00f));
        VoucherWorld.apply("enterprise", provinceProgramme, holder, "1000.00").then().statusCode(201)
                .body("status", equalTo("REFUSED")).body("reasons", equalTo(List.of("cap-reached")));
        as("admin").get("/api/v1/voucher-programmes/" + provinceProgramme).then().body("committed", equalTo(20000.00f));
    }

    record Attempt(int status, String contentType, String body) {
    }

    /** Many provider confirmations of a voucher's orders at once, over plain HTTP/1.1 connections. */
    static final class Contest {
        static List<Attempt> confirmAll(int port, String bearer, List<Integer> orders, int attempts, int threads)
                throws Exception {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Attempt>> calls = new ArrayList<>();
                for (int i = 0; i < attempts; i++) {
                    int order = orders.get(i % orders.size());
                    Callable<Attempt> call = () -> {
                        start.await();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/api/v1/vouchers/orders/" + order + "/confirmation"))
                                .header("Authorization", bearer).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"fee\":\"10000.00\",\"scope\":\"检测\"}"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        return new Attempt(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
                    };
                    calls.add(pool.submit(call));
                }
                start.countDown();
                List<Attempt> done = new ArrayList<>();
                for (Future<Attempt> f : calls) {
                    done.add(f.get());
                }
                return done;
            } finally {
                pool.shutdownNow();
                http.close();
            }
        }
    }
}
