package cn.techmarket.matching.eval;

import java.util.List;

/**
 * Cohen's κ between two graders over the same pairs on a 0…{@code max} scale: the agreement beyond what their own
 * grade distributions would give by chance. Weighted κ counts a near miss as partial agreement, with the quadratic
 * weights 1 − (i − j)² / max² (for ordinal grades, close to the intraclass correlation).
 */
final class Agreement {
    private Agreement() {
    }

    /** Unweighted κ: only identical grades agree. */
    static double kappa(List<int[]> pairs, int max) {
        return weighted(pairs, max, false);
    }

    /** Quadratically weighted κ. */
    static double quadraticKappa(List<int[]> pairs, int max) {
        return weighted(pairs, max, true);
    }

    private static double weighted(List<int[]> pairs, int max, boolean quadratic) {
        int n = max + 1;
        double[][] observed = new double[n][n];
        double[] rowA = new double[n], rowB = new double[n];
        for (int[] p : pairs) {
            observed[p[0]][p[1]]++;
            rowA[p[0]]++;
            rowB[p[1]]++;
        }
        double total = pairs.size(), agreeObserved = 0, agreeExpected = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double w = quadratic ? 1 - Math.pow(i - j, 2) / Math.pow(max, 2) : i == j ? 1 : 0;
                agreeObserved += w * observed[i][j] / total;
                agreeExpected += w * (rowA[i] / total) * (rowB[j] / total);
            }
        }
        return agreeExpected == 1 ? 1 : (agreeObserved - agreeExpected) / (1 - agreeExpected);
    }
}
