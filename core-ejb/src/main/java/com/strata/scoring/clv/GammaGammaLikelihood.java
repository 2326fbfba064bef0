package com.strata.scoring.clv;

/**
 * The Gamma-Gamma log-likelihood (Fader, Hardie and Lee 2005, "RFM and CLV", equation 3 with the mean spend m as the
 * observation):
 * <pre>
 *   ln L_i = ln Γ(px + q) - ln Γ(px) - ln Γ(q) + q ln γ + (px - 1) ln m + px ln x - (px + q) ln(γ + m x)
 * </pre>
 * Everything except the last term is summed per distinct x.
 */
final class GammaGammaLikelihood {

    private final SpendData data;

    GammaGammaLikelihood(SpendData data) {
        this.data = data;
    }

    double logLikelihood(double p, double q, double gamma) {
        int[] distinct = data.distinctRepeats();
        double[] count = data.countPerRepeats();
        double[] logMeanSum = data.logMeanSumPerRepeats();
        double lnGammaQ = SpecialFunctions.lnGamma(q);
        double qLogGamma = q * Math.log(gamma);
        double grouped = 0;
        for (int k = 0; k < distinct.length; k++) {
            double px = p * distinct[k];
            grouped += count[k] * (SpecialFunctions.lnGamma(px + q) - SpecialFunctions.lnGamma(px) - lnGammaQ
                    + qLogGamma + px * Math.log(distinct[k]))
                    + (px - 1) * logMeanSum[k];
        }
        int[] repeats = data.repeats();
        double[] totalSpend = data.totalSpend();
        double perCustomer = ParallelSum.over(repeats.length, (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += (p * repeats[i] + q) * Math.log(gamma + totalSpend[i]);
            }
            return sum;
        });
        return grouped - perCustomer;
    }
}
