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
    /** Contested attempts in each of two unmeasured rounds first: the JIT, the pools and PostgreSQL's plans warm up. */
    static final int WARMUP = Integer.getInteger("bench.warmup", 1000);
    private static final String CONFIRM_URI = "uri=\"/api/v1/vouchers/orders/{orderId}/confirmation\"";

    @Test
    void contested_redemptions_and_issuance() throws Exception {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "100000000.00", "TESTING", "10000.00");
        int programme = scene.programme(), holder = scene.holder();
        int[] provider = scene.provider();
        StringBuilder report = new StringBuilder("# Voucher benchmark\n\n| round | attempts | clients | seconds | attempts/s "
                + "| winners | 409s | server ms/attempt | JVM CPU ms/attempt | SQL statements/attempt |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        String bearer = VoucherWorld.bearer("provider");
        for (int round = -1; round <= ROUNDS; round++) {
            int voucher = VoucherWorld.issued("enterprise", programme, holder, "3000.00");
            List<Integer> orders = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                orders.add(VoucherWorld.order("enterprise", voucher, provider[1]).then().statusCode(201).extract().path("id"));
            }
            int attempts = round <= 0 ? WARMUP : ATTEMPTS;   // rounds -1 and 0 warm up and are not reported
            Metrics before = Metrics.read();
            long cpu = cpuNanos();
            long start = System.nanoTime();
            List<VoucherConcurrencyTest.Attempt> done = VoucherConcurrencyTest.Contest.confirmAll(RestAssured.port,
                    bearer, orders, attempts, CLIENTS);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMs = (cpuNanos() - cpu) / 1e6;
            Metrics spent = Metrics.read().minus(before);
            long winners = done.stream().filter(a -> a.status() == 200).count();
            long conflicts = done.stream().filter(a -> a.status() == 409).count();
            assertEquals(1, winners, "exactly one winner");
            assertEquals(attempts - 1, conflicts, "every loser a 409");
            if (round > 0) {
                report.append(String.format("| %d | %d | %d | %.2f | %.0f | %d | %d | %.2f | %.2f | %s |%n", round, attempts,
                        CLIENTS, seconds, attempts / seconds, winners, conflicts,
                        spent.serverSeconds() * 1000 / spent.requests(), cpuMs / attempts,
                        spent.statements() < 0 ? "(statistics off)" : String.format("%.2f", spent.statements() / (double) attempts)));
            }
        }
        report.append(serial(programme, holder, provider[1], bearer));
        report.append(issuance(programme, holder));
        Path out = Path.of("target/bench/vouchers.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /**
     * Server-side figures from the Prometheus endpoint: the confirmation's request count and time (Micrometer's HTTP
     * timer, so queueing in the clients is not in it) and, when the run enables Hibernate statistics
     * (-Dquarkus.hibernate-orm.statistics=true -Dquarkus.hibernate-orm.metrics.enabled=true), the statements prepared.
     */
    record Metrics(double requests, double serverSeconds, double statements) {
        static Metrics read() {
            String text = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
            double statements = -1;
            double requests = 0, seconds = 0;
            for (String line : text.split("\n")) {
                if (line.startsWith("http_server_requests_seconds_count{") && line.contains(CONFIRM_URI)) {
                    requests += value(line);
                } else if (line.startsWith("http_server_requests_seconds_sum{") && line.contains(CONFIRM_URI)) {
                    seconds += value(line);
                } else if (line.startsWith("hibernate_statements_total{") && line.contains("status=\"prepared\"")) {
                    statements = value(line);
                }
            }
            return new Metrics(requests, seconds, statements);
        }

        private static double value(String line) {
            return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }

        Metrics minus(Metrics earlier) {
            return new Metrics(requests - earlier.requests, serverSeconds - earlier.serverSeconds,
                    statements < 0 ? -1 : statements - earlier.statements);
        }
    }

    /**
     * The time one losing attempt takes on the server with nothing queued before it: 200 attempts one after the other
     * over one client, on a voucher already taken. Under the machine's foreign load this is the least disturbed figure.
     */
    private static String serial(int programme, int holder, int service, String bearer) throws Exception {
        int voucher = VoucherWorld.issued("enterprise", programme, holder, "3000.00");
        List<Integer> orders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            orders.add(VoucherWorld.order("enterprise", voucher, service).then().statusCode(201).extract().path("id"));
        }
        VoucherConcurrencyTest.Contest.confirmAll(RestAssured.port, bearer, orders.subList(0, 1), 1, 1);
        Metrics before = Metrics.read();
        long cpu = cpuNanos();
        List<VoucherConcurrencyTest.Attempt> done = VoucherConcurrencyTest.Contest.confirmAll(RestAssured.port, bearer,
                orders.subList(1, 2), 200, 1);
        double cpuMs = (cpuNanos() - cpu) / 1e6;
        Metrics spent = Metrics.read().minus(before);
        assertEquals(200, done.stream().filter(a -> a.status() == 409).count(), "a taken voucher: every attempt a 409");
        return String.format("%nOne client, one attempt at a time, 200 losing attempts: %.2f ms per attempt on the server, "
                + "%.2f ms JVM CPU per attempt (server and client), %s SQL statements per attempt.%n",
                spent.serverSeconds() * 1000 / spent.requests(), cpuMs / 200,
                spent.statements() < 0 ? "(statistics off)" : String.format("%.2f", spent.statements() / 200.0));
    }

    /** CPU time of this JVM: the server and the in-process HTTP clients together. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
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
