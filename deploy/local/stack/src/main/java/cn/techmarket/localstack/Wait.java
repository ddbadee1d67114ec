package cn.techmarket.localstack;

import java.time.Duration;
import java.util.function.BooleanSupplier;

final class Wait {
    private Wait() {
    }

    /** Polls until ready; stops early, with the child's log, when the child has died. */
    static void until(BooleanSupplier ready, ChildProcess child, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (child != null && !child.isAlive()) {
                throw child.failure("exited before " + what);
            }
            if (System.nanoTime() > deadline) {
                throw child != null ? child.failure("not " + what + " after " + timeout)
                        : new IllegalStateException("not " + what + " after " + timeout);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting until " + what, e);
            }
        }
    }
}
