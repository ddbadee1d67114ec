package cn.techmarket.bench;

import org.HdrHistogram.Histogram;

import java.util.List;

/**
 * One measured window of the load generator with the CPU time the application's JVM and the Elasticsearch process
 * spent meanwhile, per request.
 */
record Measured(LoadGeneratorProcess.Window window, double appCpuMs, double esCpuMs) {
    static final List<String> HEADER = List.of("what", "requests", "per second", "p50 ms", "p90 ms", "p99 ms", "max ms",
            "app CPU ms/request", "ES CPU ms/request", "errors");

    /** Windows of the same side added up (rounds). */
    static Measured sum(List<Measured> parts) {
        long[] response = parts.stream().flatMapToLong(m -> java.util.Arrays.stream(m.window.response())).toArray();
        long[] service = parts.stream().flatMapToLong(m -> java.util.Arrays.stream(m.window.service())).toArray();
        return new Measured(new LoadGeneratorProcess.Window(response, service,
                parts.stream().mapToInt(m -> m.window.errors()).sum(), parts.stream().mapToDouble(m -> m.window.seconds()).sum()),
                parts.stream().mapToDouble(Measured::appCpuMs).sum(), parts.stream().mapToDouble(Measured::esCpuMs).sum());
    }

    int requests() {
        return window.response().length;
    }

    /** Response times (from each request's due time) as an HdrHistogram, µs. */
    Histogram histogram() {
        return LoadGeneratorProcess.Window.histogram(window.response());
    }

    double ms(double percentile) {
        return histogram().getValueAtPercentile(percentile) / 1000.0;
    }

    List<String> row(String label) {
        Histogram h = histogram();
        return List.of(label, String.valueOf(requests()), "%.0f".formatted(window.perSecond()),
                "%.1f".formatted(h.getValueAtPercentile(50) / 1000.0), "%.1f".formatted(h.getValueAtPercentile(90) / 1000.0),
                "%.1f".formatted(h.getValueAtPercentile(99) / 1000.0), "%.1f".formatted(h.getMaxValue() / 1000.0),
                "%.2f".formatted(appCpuMs / requests()), "%.2f".formatted(esCpuMs / requests()), String.valueOf(window.errors()));
    }
}
