package cn.techmarket.bench;

import org.HdrHistogram.Histogram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bench's side of the {@link LoadGenerator} process: starts it (under {@code taskset -c <core>} when a core is
 * given), hands it request files and reads back the latencies of each window.
 */
final class LoadGeneratorProcess implements AutoCloseable {
    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;
    private final Path work;
    private int windows;

    LoadGeneratorProcess(Integer core, Path work) throws IOException {
        this.work = Files.createDirectories(work);
        String classPath = Path.of("target/test-classes").toAbsolutePath() + java.io.File.pathSeparator
                + codeSource(Histogram.class);
        List<String> command = new ArrayList<>();
        if (core != null) {
            command.addAll(List.of("taskset", "-c", core.toString()));
        }
        command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", classPath, LoadGenerator.class.getName()));
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    long pid() {
        return process.pid();
    }

    /** A closed loop of {@code clients} over these request lines (see {@link LoadGenerator}). */
    Window closed(int clients, List<String> requests) throws IOException {
        return run("closed " + clients, requests, "");
    }

    /** A fixed arrival rate, each request once. */
    Window open(double perSecond, List<String> requests) throws IOException {
        return run("open " + perSecond, requests, " 0");
    }

    /** Starts a background load at a fixed rate, cycling through the requests until {@link #stopBackground()}. */
    Path startBackground(double perSecond, List<String> requests, double maxSeconds) throws IOException {
        Path out = work.resolve("background.tsv");
        commands.println("open " + perSecond + " " + requestFile(requests) + " " + out + " " + maxSeconds);
        return out;
    }

    Window stopBackground(Path out) throws IOException {
        commands.println("stop");
        await();
        return Window.read(out);
    }

    private Window run(String command, List<String> requests, String tail) throws IOException {
        Path out = work.resolve("window-" + windows + ".tsv");
        commands.println(command + " " + requestFile(requests) + " " + out + tail);
        await();
        return Window.read(out);
    }

    private Path requestFile(List<String> requests) throws IOException {
        Path in = work.resolve("requests-" + ++windows + ".tsv");
        Files.write(in, requests);
        return in;
    }

    private void await() throws IOException {
        String answer = answers.readLine();
        if (!"done".equals(answer)) {
            throw new IllegalStateException("load generator: " + answer);
        }
    }

    private static String codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        commands.close();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroy();
        }
    }

    /** The answers of one window: latencies in µs (from when each request was due, and from when it was sent). */
    record Window(long[] response, long[] service, int errors, double seconds) {
        static Window read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            int n = lines.size() - 1;
            long[] response = new long[n];
            long[] service = new long[n];
            int errors = 0;
            for (int i = 0; i < n; i++) {
                String[] p = lines.get(i).split("\t");
                errors += p[0].equals("200") ? 0 : 1;
                response[i] = Long.parseLong(p[1]);
                service[i] = Long.parseLong(p[2]);
            }
            return new Window(response, service, errors, Double.parseDouble(lines.get(n).split("\t")[1]));
        }

        double perSecond() {
            return response.length / seconds;
        }

        static Histogram histogram(long[] micros) {
            Histogram h = new Histogram(60_000_000L, 3);
            for (long v : micros) {
                h.recordValue(Math.max(1, Math.min(v, 60_000_000L)));
            }
            return h;
        }
    }
}
