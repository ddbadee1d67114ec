package cn.techmarket.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Confidence intervals for the ratio of a latency percentile between two sides measured in paired rounds (app and raw
 * alternating). It resamples whole rounds with replacement, so that a round slowed by the machine's other work
 * counts as one unit for both sides, as it happened.
 */
final class Bootstrap {
    private static final int RESAMPLES = 2000;

    /** A ratio with its 95 % interval. */
    record Ratio(double value, double low, double high) {
        @Override
        public String toString() {
            return "%.2f× (95 %% CI %.2f–%.2f)".formatted(value, low, high);
        }
    }

    private Bootstrap() {
    }

    /** percentile(a) / percentile(b) of the pooled rounds, and its bootstrap 95 % interval. */
    static Ratio ratio(List<long[]> a, List<long[]> b, double percentile, long seed) {
        Random random = new Random(seed);
        int rounds = a.size();
        double value = percentile(pool(a, null), percentile) / percentile(pool(b, null), percentile);
        double[] resampled = new double[RESAMPLES];
        int[] pick = new int[rounds];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < rounds; i++) {
                pick[i] = random.nextInt(rounds);
            }
            resampled[r] = percentile(pool(a, pick), percentile) / percentile(pool(b, pick), percentile);
        }
        Arrays.sort(resampled);
        return new Ratio(value, resampled[(int) (RESAMPLES * 0.025)], resampled[(int) (RESAMPLES * 0.975) - 1]);
    }

    private static long[] pool(List<long[]> rounds, int[] pick) {
        int n = 0;
        for (int i = 0; i < rounds.size(); i++) {
            n += rounds.get(pick == null ? i : pick[i]).length;
        }
        long[] all = new long[n];
        int at = 0;
        for (int i = 0; i < rounds.size(); i++) {
            long[] r = rounds.get(pick == null ? i : pick[i]);
            System.arraycopy(r, 0, all, at, r.length);
            at += r.length;
        }
        Arrays.sort(all);
        return all;
    }

    static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
