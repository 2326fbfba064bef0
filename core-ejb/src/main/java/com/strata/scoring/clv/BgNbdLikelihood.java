package com.strata.scoring.clv;

/**
 * The BG/NBD log-likelihood of a whole base and its gradient, equation (6) of the paper, in a numerically stable
 * form:
 * <pre>
 *   ln L_i = C(x) + ln( exp(-(r + x) ln(alpha + T)) + (x > 0) * exp(D(x) - (r + x) ln(alpha + t_x)) )
 *   C(x)   = sum_{k<x} [ln(r + k) + ln(b + k) - ln(a + b + k)] + r ln alpha
 *   D(x)   = ln(a / (b + x - 1))
 * </pre>
 * with the second term a log-sum-exp (softplus of the log-odds of the "dropped out" branch). Per evaluation the
 * terms depending on x and on each distinct time are tabulated once; per customer it costs one exponential, one
 * logarithm and a few products. One-purchase customers reduce to r ln(alpha / (alpha + T)), summed per distinct T.
 *
 * <p>With w_i the weight of the dropped-out branch, the gradient is
 * <pre>
 *   d/dr     = sum_{k<x} 1 / (r + k) + ln alpha - (1 - w) ln(alpha + T) - w ln(alpha + t_x)
 *   d/dalpha = r / alpha - (r + x) [(1 - w) / (alpha + T) + w / (alpha + t_x)]
 *   d/da     = -sum_{k<x} 1 / (a + b + k) + w / a
 *   d/db     = sum_{k<x} [1 / (b + k) - 1 / (a + b + k)] - w / (b + x - 1)
 * </pre>
 */
final class BgNbdLikelihood {

    private static final int SUMS = 5;

    private final RepeatPurchaseData data;

    BgNbdLikelihood(RepeatPurchaseData data) {
        this.data = data;
    }

    double logLikelihood(double r, double alpha, double a, double b) {
        return logLikelihood(r, alpha, a, b, new double[4]);
    }

    /** The log-likelihood, with its partial derivatives by r, alpha, a and b written to {@code gradient}. */
    double logLikelihood(double r, double alpha, double a, double b, double[] gradient) {
        double[] times = data.times();
        double[] logAlphaPlus = new double[times.length];
        double[] inverseAlphaPlus = new double[times.length];
        for (int j = 0; j < times.length; j++) {
            logAlphaPlus[j] = Math.log(alpha + times[j]);
            inverseAlphaPlus[j] = 1 / (alpha + times[j]);
        }
        double logAlpha = Math.log(alpha);
        double[] zeroWeight = data.zeroRepeatWeight();
        double value = 0;
        double dr = 0;
        double dAlpha = data.customers() * r / alpha;
        double da = 0;
        double db = 0;
        for (int j = 0; j < times.length; j++) {
            if (zeroWeight[j] != 0) {
                value += zeroWeight[j] * r * (logAlpha - logAlphaPlus[j]);
                dr += zeroWeight[j] * (logAlpha - logAlphaPlus[j]);
                dAlpha -= zeroWeight[j] * r * inverseAlphaPlus[j];
            }
        }
        int maxX = data.maxRepeats();
        double[] byX = data.repeatCustomersByX();
        double[] constant = new double[maxX + 1];
        double[] logDeath = new double[maxX + 1];
        double[] inverseBx = new double[maxX + 1];
        double logA = Math.log(a);
        double sumR = 0;
        double sumA = 0;
        double sumB = 0;
        double cumulative = 0;
        for (int x = 1; x <= maxX; x++) {
            cumulative += Math.log(r + x - 1) + Math.log(b + x - 1) - Math.log(a + b + x - 1);
            sumR += 1 / (r + x - 1);
            sumA -= 1 / (a + b + x - 1);
            sumB += 1 / (b + x - 1) - 1 / (a + b + x - 1);
            constant[x] = cumulative + r * logAlpha;
            logDeath[x] = logA - Math.log(b + x - 1);
            inverseBx[x] = 1 / (b + x - 1);
            if (byX[x] != 0) {
                value += byX[x] * constant[x];
                dr += byX[x] * (sumR + logAlpha);
                da += byX[x] * sumA;
                db += byX[x] * sumB;
            }
        }
        int[] repeats = data.repeats();
        int[] recency = data.recencyIndex();
        int[] age = data.ageIndex();
        double[] sums = ParallelSum.over(repeats.length, SUMS, (from, to, out) -> {
            double branches = 0;
            double forR = 0;
            double forAlpha = 0;
            double weightSum = 0;
            double forB = 0;
            for (int i = from; i < to; i++) {
                int x = repeats[i];
                double rx = r + x;
                double logT = logAlphaPlus[age[i]];
                double logTx = logAlphaPlus[recency[i]];
                double alive = -rx * logT;
                double odds = logDeath[x] - rx * logTx - alive;
                double e = Math.exp(-Math.abs(odds));
                double w = odds > 0 ? 1 / (1 + e) : e / (1 + e);
                branches += alive + Math.max(odds, 0) + Math.log(1 + e);
                forR += logT + w * (logTx - logT);
                forAlpha +=
                        rx * (inverseAlphaPlus[age[i]] + w * (inverseAlphaPlus[recency[i]] - inverseAlphaPlus[age[i]]));
                weightSum += w;
                forB += w * inverseBx[x];
            }
            out[0] += branches;
            out[1] += forR;
            out[2] += forAlpha;
            out[3] += weightSum;
            out[4] += forB;
        });
        gradient[0] = dr - sums[1];
        gradient[1] = dAlpha - sums[2];
        gradient[2] = da + sums[3] / a;
        gradient[3] = db - sums[4];
        return value + sums[0];
    }
}
