package com.strata.scoring.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GammaGammaFitterTest {

    /** The CDNOW spend estimates of Fader, Hardie and Lee (2005, "RFM and CLV"). */
    private static final GammaGammaParameters CDNOW = new GammaGammaParameters(6.25, 3.74, 15.44);

    private static final BgNbdParameters PURCHASES = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    /**
     * Same tolerance rule as the BG/NBD test: within 4 asymptotic standard errors on the log scale, from the observed
     * information. About 5,000 repeat customers give standard errors near 7% (p), 2% (q) and 8% (gamma); p and gamma
     * are strongly correlated (their ratio pins the mean spend), which is why they are the looser two.
     */
    @Test
    void recoversSimulatedParametersWithinFourStandardErrors() {
        SpendData data =
                SimulatedBase.draw(PURCHASES, CDNOW, 20_000, 26, 78, 99L).spendData();

        GammaGammaFit fit = new GammaGammaFitter().fit(data);

        assertTrue(fit.converged());
        GammaGammaParameters estimate = fit.parameters().orElseThrow();
        double[] theta = {Math.log(estimate.p()), Math.log(estimate.q()), Math.log(estimate.gamma())};
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(data);
        double[] errors = StandardErrors.ofLogParameters(
                t -> -likelihood.logLikelihood(Math.exp(t[0]), Math.exp(t[1]), Math.exp(t[2])), theta);
        double[] truth = {CDNOW.p(), CDNOW.q(), CDNOW.gamma()};
        String[] names = {"p", "q", "gamma"};
        for (int i = 0; i < 3; i++) {
            double logError = Math.abs(theta[i] - Math.log(truth[i]));
            assertTrue(errors[i] < 0.15, names[i] + " standard error " + errors[i] + " too wide to be a test");
            assertTrue(
                    logError <= 4 * errors[i],
                    names[i] + " = " + Math.exp(theta[i]) + " is " + logError / errors[i] + " SE from " + truth[i]);
        }
    }

    @Test
    void conditionalSpendWeighsTheCustomersOwnMeanByTheirRepeatCount() {
        double population = CDNOW.p() * CDNOW.gamma() / (CDNOW.q() - 1);
        double weight = CDNOW.p() * 4 / (CDNOW.p() * 4 + CDNOW.q() - 1);

        assertEquals(population, CDNOW.populationMeanSpend(), 1e-12);
        assertEquals((1 - weight) * population + weight * 50.0, CDNOW.conditionalExpectedSpend(4, 50.0), 1e-9);
        assertEquals(population, CDNOW.conditionalExpectedSpend(0, 0), 1e-12);
    }

    @Test
    void frequencySpendCorrelationRanksTiesAtTheirMeanRank() {
        SpendData data = new SpendData(new int[] {1, 1, 2, 3}, new double[] {10, 20, 20, 40_000});

        // ranks of x 1.5, 1.5, 3, 4 and of spend 1, 2.5, 2.5, 4: covariance 3.75 over variances 4.5 and 4.5
        assertEquals(3.75 / 4.5, data.frequencySpendRankCorrelation(), 1e-12);
    }

    /** A large base's correlation comes from a sample of about 50,000: within sampling error (0.005) of the whole. */
    @Test
    void aLargeBasesCorrelationFromItsSampleIsThatOfTheWholeBase() {
        RandomVariates random = new RandomVariates(31L);
        int customers = 150_000;
        int[] x = new int[customers];
        double[] meanSpend = new double[customers];
        for (int i = 0; i < customers; i++) {
            x[i] = 1 + random.below(20);
            meanSpend[i] = random.gamma(6, random.gamma(3.74, 15.44)) * (1 + 0.05 * x[i]);
        }
        SpendData data = new SpendData(x, meanSpend);

        GammaGammaFit fit = new GammaGammaFitter().fit(data);

        double whole = data.frequencySpendRankCorrelation();
        assertTrue(whole > 0.1, "a correlation to find: " + whole);
        assertEquals(whole, fit.frequencySpendCorrelation(), 0.02);
    }

    @Test
    void tooFewRepeatCustomersIsReportedNotGuessed() {
        GammaGammaFit fit = new GammaGammaFitter().fit(new SpendData(new int[] {1, 2}, new double[] {10, 20}));

        assertFalse(fit.isFitted());
        assertTrue(fit.problem().orElseThrow().english().startsWith("spend model not fitted: only 2 customers"));
    }
}
