package cn.techmarket.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * What the measured phases share: the load generator, the queries as request lines, the two processes whose CPU
 * time is read around each window, the report and the benchmark's seeded random.
 */
record SearchLoad(LoadGeneratorProcess generator, SearchRequests requests, ProcessCpu app, ProcessCpu es, Report report,
                  Random random) {

    private interface Window {
        LoadGeneratorProcess.Window run() throws IOException;
    }

    Measured closed(int clients, List<String> lines) throws IOException {
        return measure(() -> generator.closed(clients, lines));
    }

    Measured open(double perSecond, List<String> lines) throws IOException {
        return measure(() -> generator.open(perSecond, lines));
    }

    /**
     * What the two processes burn with no request at all (workers polling, JIT, GC), in CPU ms per second over a few
     * idle seconds: the per-request CPU figures include this share of the window's time.
     */
    void reportIdleCpu(int seconds) throws InterruptedException {
        double a = app.millis();
        double e = es.millis();
        Thread.sleep(seconds * 1000L);
        report.line("Idle CPU over %d s without requests: app %.1f ms/s, Elasticsearch %.1f ms/s (included in the per-request CPU below)."
                .formatted(seconds, (app.millis() - a) / seconds, (es.millis() - e) / seconds));
    }

    /** {@code n} distinct queries (indices into {@link #requests}), in random order. */
    List<Integer> sample(int n) {
        List<Integer> all = new ArrayList<>(IntStream.range(0, requests.size()).boxed().toList());
        Collections.shuffle(all, random);
        return all.subList(0, Math.min(n, all.size()));
    }

    private Measured measure(Window window) throws IOException {
        double a = app.millis();
        double e = es.millis();
        LoadGeneratorProcess.Window w = window.run();
        return new Measured(w, app.millis() - a, es.millis() - e);
    }
}
