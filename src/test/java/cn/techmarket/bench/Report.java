package cn.techmarket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's Markdown report, with the machine and its load at each measurement. */
final class Report {
    private final List<String> lines = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();

    void machine() {
        lines.add("# Search and matching at " + SearchBenchmark.LISTINGS + " listings");
        lines.add("");
        lines.add("Measured " + Instant.now() + " by `deploy/local/tm bench` (`SearchBenchmark`).");
        lines.add("");
        lines.add("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memory() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        lines.add("- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        lines.add("- load average at start: " + loadAverage());
        lines.add("");
    }

    void figure(String what, double seconds) {
        figures.add("| " + what + " | " + (seconds < 1 ? "%.1f ms".formatted(seconds * 1000) : "%.1f s".formatted(seconds)) + " |");
        System.out.println("[bench] " + what + ": " + seconds + " s");
    }

    void load(String phase) {
        lines.add("- load average before " + phase + ": " + loadAverage());
    }

    void latencies(String title, List<Load.Stats> stats) {
        lines.add("");
        lines.add("### " + title);
        lines.add("");
        lines.add("| what | requests | p50 ms | p90 ms | p99 ms | max ms | per second | errors |");
        lines.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
        stats.forEach(s -> lines.add(s.row()));
        lines.add("");
        stats.forEach(s -> System.out.println("[bench] " + s));
    }

    void line(String text) {
        lines.add(text);
        lines.add("");
        System.out.println("[bench] " + text);
    }

    void write(Path file) throws IOException {
        List<String> all = new ArrayList<>(lines);
        all.add("");
        all.add("### Times");
        all.add("");
        all.add("| what | time |");
        all.add("| --- | --- |");
        all.addAll(figures);
        all.add("");
        all.add("- load average at the end: " + loadAverage());
        Files.createDirectories(file.getParent());
        Files.write(file, all);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            String total = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D", "");
            return Long.parseLong(total) / 1024 / 1024 + " GB RAM";
        } catch (IOException | RuntimeException e) {
            return "unknown RAM";
        }
    }
}
