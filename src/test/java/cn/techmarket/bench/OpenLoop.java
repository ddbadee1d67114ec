package cn.techmarket.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fixed-arrival-rate runs at 25, 50 and 75 % of the raw capacity, app and raw in a coin-decided order at each rate.
 * Latency runs from each request's due time, so a stall is charged to every request it held back (no coordinated
 * omission); the service time (from the actual send) is shown beside it. Latency goals are quoted from these runs.
 */
final class OpenLoop {
    static final double[] FRACTIONS = {0.25, 0.50, 0.75};
    private final SearchLoad load;
    private final Report report;
    private final Random random;

    OpenLoop(SearchLoad load) {
        this.load = load;
        this.report = load.report();
        this.random = load.random();
    }

    void run(double capacity, int seconds) throws Exception {
        report.load("open-loop runs");
        List<List<String>> rows = new ArrayList<>();
        List<String> uncorrected = new ArrayList<>();
        for (double fraction : FRACTIONS) {
            double rate = fraction * capacity;
            int n = (int) Math.min(load.requests().size(), Math.max(50, Math.round(rate * seconds)));
            List<Integer> which = load.sample(n);
            Measured a;
            Measured r;
            if (random.nextBoolean()) {
                a = load.open(rate, load.requests().app(which));
                r = load.open(rate, load.requests().raw(which));
            } else {
                r = load.open(rate, load.requests().raw(which));
                a = load.open(rate, load.requests().app(which));
            }
            String level = "%.0f %% = %.0f/s".formatted(fraction * 100, rate);
            rows.add(a.row(level + ", app"));
            rows.add(r.row(level + ", raw"));
            uncorrected.add("%s: app %.1f / raw %.1f ms".formatted(level,
                    LoadGeneratorProcess.Window.histogram(a.window().service()).getValueAtPercentile(99) / 1000.0,
                    LoadGeneratorProcess.Window.histogram(r.window().service()).getValueAtPercentile(99) / 1000.0));
            report.countErrors(a.window().errors() + r.window().errors());
        }
        report.table("Open loop: fixed arrival rates, distinct queries in each run (≤ " + seconds
                + " s), latency from each request's due time (HdrHistogram, corrected for coordinated omission)",
                Measured.HEADER, rows);
        report.line("p99 of the service time alone (from the actual send, not corrected): " + String.join("; ", uncorrected) + ".");
    }
}
