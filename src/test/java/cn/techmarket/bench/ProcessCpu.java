package cn.techmarket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used (user + system, all its threads), from /proc/&lt;pid&gt;/stat: read before and after a
 * window and divided by its requests, it gives the CPU cost of one request. Linux only; elsewhere it reads 0.
 */
record ProcessCpu(long pid) {
    /** The kernel's clock tick (USER_HZ), 100 on every Linux the build machines run. */
    private static final double TICK_MS = 10.0;

    /** Milliseconds of CPU so far. */
    double millis() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name (field 2) may hold spaces: count from the closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Pins all threads of the process to one core (taskset -a); false when taskset is missing or refused. */
    boolean pin(int core) {
        try {
            return new ProcessBuilder("taskset", "-a", "-p", "-c", String.valueOf(core), String.valueOf(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
