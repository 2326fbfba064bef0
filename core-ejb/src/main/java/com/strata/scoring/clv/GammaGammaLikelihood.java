package com.strata.scoring.clv;

/**
 * The Gamma-Gamma log-likelihood and its gradient (Fader, Hardie and Lee 2005, "RFM and CLV", equation 3 with the
 * mean spend m as the observation and s = x m the total repeat spend):
 * <pre>
 *   ln L_i   = ln Γ(px + q) - ln Γ(px) - ln Γ(q) + q ln γ + (px - 1) ln m + px ln x - (px + q) ln(γ + s)
 *   d/dp     = x [ψ(px + q) - ψ(px) + ln m + ln x - ln(γ + s)]
 *   d/dq     = ψ(px + q) - ψ(q) + ln γ - ln(γ + s)
 *   d/dγ     = q / γ - (px + q) / (γ + s)
 * </pre>
 * Everything except the terms in ln(γ + s) is summed per distinct x.
 */
final class GammaGammaLikelihood {

    private static final int SUMS = 4;

    private final SpendData data;

    GammaGammaLikelihood(SpendData data) {
        this.data = data;
    }

    double logLikelihood(double p, double q, double gamma) {
        return logLikelihood(p, q, gamma, new double[3]);
    }

    /** The log-likelihood, with its partial derivatives by p, q and γ written to {@code gradient}. */
    double logLikelihood(double p, double q, double gamma, double[] gradient) {
        int[] distinct = data.distinctRepeats();
        double[] count = data.countPerRepeats();
        double[] logMeanSum = data.logMeanSumPerRepeats();
        double lnGammaQ = SpecialFunctions.lnGamma(q);
        double digammaQ = SpecialFunctions.digamma(q);
        double logGamma = Math.log(gamma);
        double value = 0;
        double dp = 0;
        double dq = 0;
        double dGamma = 0;
        for (int k = 0; k < distinct.length; k++) {
            int x = distinct[k];
            double px = p * x;
            double logX = Math.log(x);
            double digammaSum = SpecialFunctions.digamma(px + q);
            value += count[k]
                            * (SpecialFunctions.lnGamma(px + q)
                                    - SpecialFunctions.lnGamma(px)
                                    - lnGammaQ
                                    + q * logGamma
                                    + px * logX)
                    + (px - 1) * logMeanSum[k];
            dp += count[k] * x * (digammaSum - SpecialFunctions.digamma(px) + logX) + x * logMeanSum[k];
            dq += count[k] * (digammaSum - digammaQ + logGamma);
            dGamma += count[k] * q / gamma;
        }
        int[] repeats = data.repeats();
        double[] totalSpend = data.totalSpend();
        double[] sums = ParallelSum.over(repeats.length, SUMS, (from, to, out) -> {
            double weightedLog = 0;
            double xLog = 0;
            double plainLog = 0;
            double ratio = 0;
            for (int i = from; i < to; i++) {
                double weight = p * repeats[i] + q;
                double log = Math.log(gamma + totalSpend[i]);
                weightedLog += weight * log;
                xLog += repeats[i] * log;
                plainLog += log;
                ratio += weight / (gamma + totalSpend[i]);
            }
            out[0] += weightedLog;
            out[1] += xLog;
            out[2] += plainLog;
            out[3] += ratio;
        });
        gradient[0] = dp - sums[1];
        gradient[1] = dq - sums[2];
        gradient[2] = dGamma - sums[3];
        return value - sums[0];
    }
}
