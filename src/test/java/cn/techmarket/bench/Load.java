package cn.techmarket.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A closed-loop load: N clients, each sending its next request as soon as the previous one answered. */
final class Load {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();

    /** Latency figures of one run, in milliseconds. */
    record Stats(String label, int requests, int errors, double p50, double p90, double p99, double max, double perSecond) {
        String row() {
            return "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.0f | %d |".formatted(label, requests, p50, p90, p99, max, perSecond, errors);
        }
    }

    private Load() {
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static int status(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static String body(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Latencies of some requests and the wall time they took; samples of several rounds add up. */
    record Sample(long[] nanos, double seconds, int errors) {
        static Sample of(List<Sample> rounds) {
            long[] all = rounds.stream().flatMapToLong(r -> Arrays.stream(r.nanos)).toArray();
            return new Sample(all, rounds.stream().mapToDouble(Sample::seconds).sum(), rounds.stream().mapToInt(Sample::errors).sum());
        }

        Stats stats(String label) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Stats(label, sorted.length, errors, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)),
                    ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]), sorted.length / seconds);
        }
    }

    static Stats run(String label, int clients, int requests, IntFunction<HttpRequest> request) throws Exception {
        return sample(clients, requests, request).stats(label);
    }

    /** Sends {@code requests} requests (the i-th made by {@code request}) from {@code clients} concurrent clients. */
    static Sample sample(int clients, int requests, IntFunction<HttpRequest> request) throws Exception {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest r = request.apply(i);
                    long t = System.nanoTime();
                    int status;
                    try {
                        status = HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    nanos[i] = System.nanoTime() - t;
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Sample(nanos, seconds, errors.get());
    }

    static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
