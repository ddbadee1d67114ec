package cn.techmarket.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The benchmark's load generator: a process of its own (started by {@link LoadGeneratorProcess}, pinned to its own
 * core where the machine has one), so that sending requests and timing them never competes with the application
 * inside the application's JVM. It depends on the JDK only.
 * <p>
 * It reads one command a line on standard input and answers {@code done} on standard output when it has written the
 * command's results:
 * <ul>
 * <li>{@code closed <clients> <requests file> <out file>}: a closed loop, each client sending its next request when
 * the previous one answered, every request of the file once;</li>
 * <li>{@code open <per second> <requests file> <out file> <max seconds>}: a fixed arrival rate, request i due at
 * start + i / rate whether or not earlier ones answered; the file's requests once (max seconds 0), or cycling
 * until {@code stop} arrives or max seconds pass (background load).</li>
 * </ul>
 * A request line is {@code GET<TAB>url} or {@code POST<TAB>url<TAB>json}. An out line is {@code status<TAB>response
 * time µs<TAB>service time µs}: the response time runs from when the request was due (so a stalled server is charged
 * for the requests it held back: no coordinated omission), the service time from when it was sent. The last line is
 * {@code #wall<TAB>seconds}.
 */
public final class LoadGenerator {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicBoolean STOP = new AtomicBoolean();

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Future<?> running = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] c = line.split(" ");
            if (c[0].equals("stop")) {
                STOP.set(true);
                continue;
            }
            if (running != null) {
                running.get();
            }
            STOP.set(false);
            running = runner.submit(() -> {
                try {
                    run(c);
                    System.out.println("done");
                } catch (Exception e) {
                    System.out.println("failed " + e);
                }
                System.out.flush();
                return null;
            });
        }
        if (running != null) {
            running.get();
        }
        runner.shutdown();
    }

    private static void run(String[] c) throws Exception {
        List<HttpRequest> requests = read(Path.of(c[2]));
        List<long[]> results = switch (c[0]) {
            case "closed" -> closed(Integer.parseInt(c[1]), requests);
            case "open" -> open(Double.parseDouble(c[1]), requests, Double.parseDouble(c[4]));
            default -> throw new IllegalArgumentException("unknown command " + c[0]);
        };
        long wall = results.removeLast()[0];
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(c[3])))) {
            for (long[] r : results) {
                out.println(r[0] + "\t" + r[1] + "\t" + r[2]);
            }
            out.println("#wall\t" + wall / 1e9);
        }
    }

    private static List<long[]> closed(int clients, List<HttpRequest> requests) throws Exception {
        long[][] results = new long[requests.size()][];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            all.add(pool.submit(() -> {
                for (int r = next.getAndIncrement(); r < requests.size(); r = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    results[r] = send(requests.get(r), sent, sent);
                }
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        long wall = System.nanoTime() - started;
        pool.shutdown();
        List<long[]> list = new ArrayList<>(List.of(results));
        list.add(new long[] {wall});
        return list;
    }

    private static List<long[]> open(double perSecond, List<HttpRequest> requests, double maxSeconds) throws Exception {
        List<long[]> results = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> all = new ArrayList<>();
        long period = (long) (1e9 / perSecond);
        long started = System.nanoTime();
        long end = maxSeconds > 0 ? started + (long) (maxSeconds * 1e9) : Long.MAX_VALUE;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            // once through the file, or round and round until stopped (background load)
            boolean cycle = maxSeconds > 0;
            for (long i = 0; cycle || i < requests.size(); i++) {
                long due = started + i * period;
                if (STOP.get() || due > end) {
                    break;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                HttpRequest request = requests.get((int) (i % requests.size()));
                all.add(senders.submit(() -> results.add(send(request, due, System.nanoTime()))));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        List<long[]> list = new ArrayList<>(results);
        list.add(new long[] {System.nanoTime() - started});
        return list;
    }

    private static long[] send(HttpRequest request, long due, long sent) {
        int status;
        try {
            status = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        } catch (Exception e) {
            status = -1;
        }
        long now = System.nanoTime();
        return new long[] {status, (now - due) / 1000, (now - sent) / 1000};
    }

    private static List<HttpRequest> read(Path file) throws Exception {
        List<HttpRequest> requests = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] p = line.split("\t", 3);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(p[1])).timeout(Duration.ofSeconds(30));
            requests.add(p[0].equals("GET") ? b.GET().build()
                    : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(p[2])).build());
        }
        return requests;
    }
}
