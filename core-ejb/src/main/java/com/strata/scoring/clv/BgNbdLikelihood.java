package com.strata.scoring.clv;

/**
 * The BG/NBD log-likelihood of a whole base, equation (6) of the paper, in a numerically stable form:
 * <pre>
 *   ln L_i = sum_{k<x} [ln(r + k) + ln(b + k) - ln(a + b + k)] + r ln alpha
 *            + ln( exp(-(r + x) ln(alpha + T)) + (x > 0) * exp(ln(a / (b + x - 1)) - (r + x) ln(alpha + t_x)) )
 * </pre>
 * with the last line a log-sum-exp. Per evaluation the terms depending on x and on each distinct time are tabulated
 * once; per customer it costs one exponential and one logarithm. One-purchase customers reduce to
 * r ln(alpha / (alpha + T)), summed per distinct T.
 */
final class BgNbdLikelihood {

    private final RepeatPurchaseData data;

    BgNbdLikelihood(RepeatPurchaseData data) {
        this.data = data;
    }

    double logLikelihood(double r, double alpha, double a, double b) {
        double[] times = data.times();
        double[] logAlphaPlus = new double[times.length];
        for (int j = 0; j < times.length; j++) {
            logAlphaPlus[j] = Math.log(alpha + times[j]);
        }
        double logAlpha = Math.log(alpha);
        double[] zeroWeight = data.zeroRepeatWeight();
        double zeroPart = 0;
        for (int j = 0; j < times.length; j++) {
            if (zeroWeight[j] != 0) {
                zeroPart += zeroWeight[j] * r * (logAlpha - logAlphaPlus[j]);
            }
        }
        int maxX = data.maxRepeats();
        double[] constant = new double[maxX + 1];
        double[] logDeath = new double[maxX + 1];
        double cumulative = 0;
        double logA = Math.log(a);
        for (int x = 1; x <= maxX; x++) {
            cumulative += Math.log(r + x - 1) + Math.log(b + x - 1) - Math.log(a + b + x - 1);
            constant[x] = cumulative + r * logAlpha;
            logDeath[x] = logA - Math.log(b + x - 1);
        }
        int[] repeats = data.repeats();
        int[] recency = data.recencyIndex();
        int[] age = data.ageIndex();
        double repeatPart = ParallelSum.over(repeats.length, (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                int x = repeats[i];
                double rx = r + x;
                double alive = -rx * logAlphaPlus[age[i]];
                double dead = logDeath[x] - rx * logAlphaPlus[recency[i]];
                double high = Math.max(alive, dead);
                double low = Math.min(alive, dead);
                sum += constant[x] + high + Math.log(1 + Math.exp(low - high));
            }
            return sum;
        });
        return zeroPart + repeatPart;
    }
}
