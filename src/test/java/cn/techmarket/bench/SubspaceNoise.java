package cn.techmarket.bench;

import java.util.List;
import java.util.Random;

/**
 * Perturbs a real embedding within the real embeddings' principal subspace: the noise is a random Gaussian
 * combination of centred real vectors, so its covariance is (a multiple of) the real vectors' sample covariance —
 * it moves along the directions real texts differ in, never into dimensions they leave empty. A generated listing
 * thus gets a vector near the real text it was seeded by, with the clustering of the real ones.
 */
final class SubspaceNoise {
    private static final int TERMS = 16;
    private final List<float[]> real;
    private final float[] mean;
    private final double scale;

    /** {@code scale}: the noise's size relative to the real vectors' spread (0.5: cosine to the seed about 0.9). */
    SubspaceNoise(List<float[]> real, double scale) {
        this.real = real;
        this.scale = scale;
        int dims = real.getFirst().length;
        mean = new float[dims];
        for (float[] v : real) {
            for (int d = 0; d < dims; d++) {
                mean[d] += v[d] / real.size();
            }
        }
    }

    float[] perturb(float[] seed, Random random) {
        double[] out = new double[seed.length];
        for (int d = 0; d < seed.length; d++) {
            out[d] = seed[d];
        }
        double w = scale / Math.sqrt(TERMS);
        for (int j = 0; j < TERMS; j++) {
            float[] r = real.get(random.nextInt(real.size()));
            double g = random.nextGaussian() * w;
            for (int d = 0; d < out.length; d++) {
                out[d] += g * (r[d] - mean[d]);
            }
        }
        return normalized(out);
    }

    static float cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
            na += a[d] * a[d];
            nb += b[d] * b[d];
        }
        return (float) (dot / Math.sqrt(na * nb));
    }

    private static float[] normalized(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = (float) (v[d] / norm);
        }
        return out;
    }
}
