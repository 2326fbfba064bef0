package com.strata.scoring;

import com.strata.policy.ClvOptions;
import com.strata.scoring.clv.BgNbdFit;
import com.strata.scoring.clv.BgNbdFitter;
import com.strata.scoring.clv.BgNbdParameters;
import com.strata.scoring.clv.ClvProjector;
import com.strata.scoring.clv.GammaGammaFit;
import com.strata.scoring.clv.GammaGammaFitter;
import com.strata.scoring.clv.GammaGammaParameters;
import com.strata.scoring.clv.RepeatPurchaseData;
import com.strata.scoring.clv.SpendData;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Fits both models on the whole base and projects every customer who has bought: P(alive), expected purchases over
 * the horizon, expected spend per purchase and discounted predicted CLV. Values the models cannot give (no fit, or
 * a customer who never bought) are NaN.
 *
 * <p>Expected spend: Gamma-Gamma's conditional mean for repeat customers (a negative net mean after returns counts as
 * 0); for one-day customers the population mean, or, when q <= 1 leaves that undefined, the base's average repeat
 * spend.
 */
final class ClvEstimates {

    private static final int CHUNK = 4096;

    final BgNbdFit purchaseFit;
    final GammaGammaFit spendFit;
    final double[] probabilityAlive;
    final double[] expectedPurchases;
    final double[] expectedSpend;
    final double[] predictedClv;

    private ClvEstimates(BgNbdFit purchaseFit, GammaGammaFit spendFit, int size) {
        this.purchaseFit = purchaseFit;
        this.spendFit = spendFit;
        probabilityAlive = nanArray(size);
        expectedPurchases = nanArray(size);
        expectedSpend = nanArray(size);
        predictedClv = nanArray(size);
    }

    static ClvEstimates of(CustomerColumns base, ClvOptions options) {
        int[] buyers =
                IntStream.range(0, base.size).filter(i -> base.purchased[i]).toArray();
        BgNbdFit purchaseFit = new BgNbdFitter().fit(purchaseData(base, buyers, options), options.timeUnit());
        int[] spenders = Arrays.stream(buyers)
                .filter(i -> base.repeats[i] > 0 && base.repeatMeanSpend[i] > 0)
                .toArray();
        GammaGammaFit spendFit = new GammaGammaFitter()
                .fit(new SpendData(
                        Arrays.stream(spenders).map(i -> base.repeats[i]).toArray(),
                        Arrays.stream(spenders)
                                .mapToDouble(i -> base.repeatMeanSpend[i])
                                .toArray()));
        ClvEstimates estimates = new ClvEstimates(purchaseFit, spendFit, base.size);
        double[] discountedPurchases = new double[base.size];
        purchaseFit
                .parameters()
                .ifPresent(parameters -> estimates.project(base, buyers, parameters, options, discountedPurchases));
        spendFit.parameters().ifPresent(parameters -> estimates.spend(base, buyers, spenders, parameters));
        if (purchaseFit.isFitted() && spendFit.isFitted()) {
            for (int i : buyers) {
                estimates.predictedClv[i] = discountedPurchases[i] * estimates.expectedSpend[i];
            }
        }
        return estimates;
    }

    private static RepeatPurchaseData purchaseData(CustomerColumns base, int[] buyers, ClvOptions options) {
        return RepeatPurchaseData.fromDays(
                Arrays.stream(buyers).map(i -> base.repeats[i]).toArray(),
                Arrays.stream(buyers).map(i -> base.spanDays[i]).toArray(),
                Arrays.stream(buyers).map(i -> base.ageDays[i]).toArray(),
                options.timeUnit().days());
    }

    private void project(
            CustomerColumns base,
            int[] buyers,
            BgNbdParameters parameters,
            ClvOptions options,
            double[] discountedPurchases) {
        double unit = options.timeUnit().days();
        int chunks = (buyers.length + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            ClvProjector projector = new ClvProjector(parameters, options);
            for (int k = c * CHUNK; k < Math.min(buyers.length, (c + 1) * CHUNK); k++) {
                int i = buyers[k];
                double tx = base.spanDays[i] / unit;
                double age = base.ageDays[i] / unit;
                probabilityAlive[i] = parameters.probabilityAlive(base.repeats[i], tx, age);
                projector.project(base.repeats[i], tx, age);
                expectedPurchases[i] = projector.expectedPurchases();
                discountedPurchases[i] = projector.discountedPurchases();
            }
        });
    }

    private void spend(CustomerColumns base, int[] buyers, int[] spenders, GammaGammaParameters parameters) {
        double oneDayMean = parameters.hasPopulationMean()
                ? parameters.populationMeanSpend()
                : Arrays.stream(spenders)
                        .mapToDouble(i -> base.repeatMeanSpend[i])
                        .average()
                        .orElse(0);
        for (int i : buyers) {
            int x = base.repeats[i];
            expectedSpend[i] =
                    x == 0 ? oneDayMean : parameters.conditionalExpectedSpend(x, Math.max(0, base.repeatMeanSpend[i]));
        }
    }

    private static double[] nanArray(int size) {
        double[] values = new double[size];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
