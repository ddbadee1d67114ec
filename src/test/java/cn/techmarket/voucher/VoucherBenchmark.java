package cn.techmarket.voucher;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.techmarket.voucher.VoucherWorld.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Contested redemptions and issuance throughput through the real API (run by {@code deploy/local/tm bench-vouchers};
 * figures in docs/benchmarks.md). Each round races -Dbench.attempts confirmations of ten orders of one fresh voucher
 * over -Dbench.clients connections; then -Dbench.issues applications against one programme. Writes
 * target/bench/vouchers.md.
 */
@QuarkusTest
@Tag("bench")
class VoucherBenchmark {
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    static final int ATTEMPTS = Integer.getInteger("bench.attempts", 2000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    static final int ISSUES = Integer.getInteger("bench.issues", 1000);

    @Test
    void contested_redemptions_and_issuance() throws Exception {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "100000000.00", "TESTING", "10000.00");
        int programme = scene.programme(), holder = scene.holder();
        int[] provider = scene.provider();
        StringBuilder report = new StringBuilder("# Voucher benchmark\n\n| round | attempts | clients | seconds | attempts/s | winners | 409s |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        String bearer = VoucherWorld.bearer("provider");
        for (int round = 0; round <= ROUNDS; round++) {
            int voucher = VoucherWorld.issued("enterprise", programme, holder, "3000.00");
            List<Integer> orders = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                orders.add(VoucherWorld.order("enterprise", voucher, provider[1]).then().statusCode(201).extract().path("id"));
            }
            int attempts = round == 0 ? 200 : ATTEMPTS;   // round 0 warms the JIT and the connection pools
            long start = System.nanoTime();
            List<VoucherConcurrencyTest.Attempt> done = VoucherConcurrencyTest.Contest.confirmAll(RestAssured.port,
                    bearer, orders, attempts, CLIENTS);
            double seconds = (System.nanoTime() - start) / 1e9;
            long winners = done.stream().filter(a -> a.status() == 200).count();
            long conflicts = done.stream().filter(a -> a.status() == 409).count();
            assertEquals(1, winners, "exactly one winner");
            assertEquals(attempts - 1, conflicts, "every loser a 409");
            if (round > 0) {
                report.append(String.format("| %d | %d | %d | %.2f | %.0f | %d | %d |%n", round, attempts, CLIENTS,
                        seconds, attempts / seconds, winners, conflicts));
            }
        }
        report.append(issuance(programme, holder));
        Path out = Path.of("target/bench/vouchers.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static String issuance(int programme, int holder) throws InterruptedException, java.util.concurrent.ExecutionException, IOException {
        String before = as("bureau").get("/api/v1/voucher-programmes/" + programme).then().extract().path("committed").toString();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger issued = new AtomicInteger();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            VoucherWorld.bearer("enterprise");
            for (int i = 0; i < ISSUES; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    if (VoucherWorld.apply("enterprise", programme, holder, "100.00").statusCode() == 201) {
                        issued.incrementAndGet();
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> f : calls) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            as("bureau").get("/api/v1/voucher-programmes/" + programme).then()
                    .body("committed", equalTo(Float.parseFloat(before) + issued.get() * 100f));
            return String.format("%nIssuance: %d applications (FCFS, advance) over 16 clients in %.2f s: %.0f issues/s; "
                    + "%d issued, committed budget grew by exactly %d × 100.00.%n", ISSUES, seconds, ISSUES / seconds,
                    issued.get(), issued.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
