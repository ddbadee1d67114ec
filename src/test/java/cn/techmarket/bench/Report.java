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
    private int errors;

    void machine() {
        lines.add("# Search and matching at " + SearchBenchmark.LISTINGS + " listings");
        lines.add("");
        lines.add("Measured " + Instant.now() + " by `deploy/local/tm bench` (`SearchBenchmark`), commit " + commit() + ".");
        lines.add("");
        lines.add("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memory() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        lines.add("- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        lines.add("- CPU: " + cpuModel());
        lines.add("- load average at start: " + loadAverage() + " (the machine is shared: other builds may run)");
        lines.add("");
    }

    void figure(String what, double seconds) {
        figures.add("| " + what + " | " + (seconds < 1 ? "%.1f ms".formatted(seconds * 1000) : "%.1f s".formatted(seconds)) + " |");
        System.out.println("[bench] " + what + ": " + seconds + " s");
    }

    void load(String phase) {
        lines.add("- load average before " + phase + ": " + loadAverage());
    }

    void table(String title, List<String> header, List<List<String>> rows) {
        lines.add("");
        lines.add("### " + title);
        lines.add("");
        lines.add("| " + String.join(" | ", header) + " |");
        lines.add("|" + " --- |".repeat(header.size()));
        rows.forEach(r -> lines.add("| " + String.join(" | ", r) + " |"));
        lines.add("");
        rows.forEach(r -> System.out.println("[bench] " + title + ": " + r));
    }

    void corpus(BenchCorpus corpus, TextGenerator generator, RealTexts real) {
        line(("Corpus: %d listings, %d carrying a real text itself and %d generated from them (lengths and words drawn from "
                + "the %d real texts: %d needs, %d results and abstracts); **%d distinct titles**; term dictionary **%d "
                + "distinct smartcn terms** (the real texts alone: %d).").formatted(corpus.size(),
                corpus.size() - corpus.generatedCount(), corpus.generatedCount(), real.all().size(), real.needs().size(),
                real.results().size(), corpus.distinctTitles(), corpus.termDictionary(), generator.realTerms()));
    }

    void pinning(boolean pinned) {
        line(pinned ? "Cores: the load generator (its own JVM) runs pinned to core 1 (`taskset -c 1`); the application's JVM "
                + "and its own Elasticsearch node are pinned to core 0 for the measured phases (`taskset -a -p -c 0`). "
                + "Other processes on the machine are not pinned and share both cores."
                : "Cores: not pinned (one core, taskset missing, or -Dbench.pin=false); the load generator still runs in "
                + "its own JVM.");
    }

    void queries(int count, java.util.Map<String, Integer> kinds) {
        line("Queries: " + count + " distinct, drawn from the real texts in the corpus: " + kinds.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", "))
                + ". No query repeats inside a measured window.");
    }

    void countErrors(int n) {
        errors += n;
    }

    int errors() {
        return errors;
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

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.replaceAll(".*:\\s*", "")).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 ? "`" + out + "`" : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
