package cn.techmarket.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * App against raw Elasticsearch in closed-loop rounds: each round takes a fresh random sample of distinct queries
 * (no query twice in a window), and sends it to both sides, in an order a coin decides, so that a change of the
 * machine's load hits both alike. Reports both sides, the p50 and p99 ratios with bootstrap 95 % intervals over
 * rounds, and returns the raw capacity (requests per second of the raw side).
 */
final class ClosedRounds {
    private final SearchLoad load;
    private final Report report;
    private final Random random;

    ClosedRounds(SearchLoad load) {
        this.load = load;
        this.report = load.report();
        this.random = load.random();
    }

    double run(int rounds, int perRound, int clients) throws Exception {
        int n = Math.min(perRound, load.requests().size());
        List<Integer> warm = load.sample(n);
        load.closed(clients, load.requests().app(warm));
        load.closed(clients, load.requests().raw(warm));
        report.load("closed-loop rounds");
        List<Measured> appRounds = new ArrayList<>();
        List<Measured> rawRounds = new ArrayList<>();
        int appFirst = 0;
        for (int round = 0; round < rounds; round++) {
            List<Integer> which = load.sample(n);
            if (random.nextBoolean()) {
                appFirst++;
                appRounds.add(load.closed(clients, load.requests().app(which)));
                rawRounds.add(load.closed(clients, load.requests().raw(which)));
            } else {
                rawRounds.add(load.closed(clients, load.requests().raw(which)));
                appRounds.add(load.closed(clients, load.requests().app(which)));
            }
        }
        Measured a = Measured.sum(appRounds);
        Measured r = Measured.sum(rawRounds);
        report.table("App against raw Elasticsearch: " + rounds + " rounds of " + n + " distinct queries per side, "
                        + clients + " closed-loop clients (app first in " + appFirst + " rounds, by coin)", Measured.HEADER,
                List.of(a.row("app `GET /api/v1/search?…`"), r.row("raw `POST /<aliases>/_search`, same body")));
        List<long[]> appLatencies = appRounds.stream().map(m -> m.window().response()).toList();
        List<long[]> rawLatencies = rawRounds.stream().map(m -> m.window().response()).toList();
        report.line("Ratio app / raw: p50 **" + Bootstrap.ratio(appLatencies, rawLatencies, 50, 1) + "**, p99 **"
                + Bootstrap.ratio(appLatencies, rawLatencies, 99, 2) + "** (bootstrap over rounds, 2,000 resamples).");
        List<String> p50s = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            p50s.add("%.0f/%.0f".formatted(appRounds.get(i).ms(50), rawRounds.get(i).ms(50)));
        }
        report.line("p50 app/raw per round (ms): " + String.join(", ", p50s));
        report.countErrors(a.window().errors() + r.window().errors());
        double capacity = r.requests() / r.window().seconds();
        report.line("Raw capacity (closed loop, " + clients + " clients): **%.0f requests/s**; the open-loop rates below are fractions of it."
                .formatted(capacity));
        return capacity;
    }
}
