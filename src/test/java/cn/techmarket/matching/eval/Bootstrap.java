package cn.techmarket.matching.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Paired bootstrap over needs: both methods are scored on the same needs, so each resample draws needs (with
 * replacement) and keeps both scores of a drawn need together. The interval is the 2.5th to 97.5th percentile of the
 * resampled statistic.
 */
final class Bootstrap {
    static final int RESAMPLES = 10_000;
    static final long SEED = 20_261_203L;

    /** An estimate and its 95 % percentile interval. */
    record Interval(double estimate, double low, double high) {
        boolean excludesZero() {
            return low > 0 || high < 0;
        }
    }

    private Bootstrap() {
    }

    /** Mean of a − b. */
    static Interval difference(List<Double> a, List<Double> b) {
        return resample(a, b, false);
    }

    /** mean(a) / mean(b) − 1: the relative gain of a over b. */
    static Interval relative(List<Double> a, List<Double> b) {
        return resample(a, b, true);
    }

    private static Interval resample(List<Double> a, List<Double> b, boolean relative) {
        if (a.size() != b.size() || a.isEmpty()) {
            throw new IllegalArgumentException("paired samples of equal, non-zero size needed: " + a.size() + " / " + b.size());
        }
        int n = a.size();
        Random random = new Random(SEED);
        double[] stats = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sumA = 0, sumB = 0;
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                sumA += a.get(pick);
                sumB += b.get(pick);
            }
            stats[r] = statistic(sumA, sumB, relative);
        }
        Arrays.sort(stats);
        double estimate = statistic(a.stream().mapToDouble(Double::doubleValue).sum(),
                b.stream().mapToDouble(Double::doubleValue).sum(), relative) / (relative ? 1 : n);
        if (!relative) {
            for (int r = 0; r < RESAMPLES; r++) {
                stats[r] /= n;
            }
        }
        return new Interval(estimate, stats[(int) Math.floor(0.025 * RESAMPLES)], stats[(int) Math.ceil(0.975 * RESAMPLES) - 1]);
    }

    private static double statistic(double sumA, double sumB, boolean relative) {
        return relative ? (sumB == 0 ? Double.NaN : sumA / sumB - 1) : sumA - sumB;
    }
}
