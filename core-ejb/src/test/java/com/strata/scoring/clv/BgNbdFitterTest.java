package com.strata.scoring.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.ModelTimeUnit;
import org.junit.jupiter.api.Test;

class BgNbdFitterTest {

    /** The CDNOW estimates of Fader, Hardie and Lee (2005), a realistic mix of light buyers and early drop-outs. */
    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    private static final GammaGammaParameters SPEND = new GammaGammaParameters(6.25, 3.74, 15.44);
    private static final int CUSTOMERS = 20_000;

    /**
     * Tolerance: each estimate must lie within 4 asymptotic standard errors of the truth, on the log scale, with the
     * standard errors taken from the observed information at the optimum. For a correct maximum-likelihood fit
     * that holds for any seed except with probability about 6e-5 per parameter. With 20,000 customers the standard
     * errors are about 1.5% (r), 2.8% (alpha), 5.5% (a) and 7% (b); 30 seeded replications showed the same spread
     * with no bias, so the bounds are tight enough to catch a wrong likelihood (which shifts estimates by far more).
     */
    @Test
    void recoversSimulatedParametersWithinFourStandardErrors() {
        SimulatedBase base = SimulatedBase.draw(CDNOW, SPEND, CUSTOMERS, 26, 78, 20240611L);
        RepeatPurchaseData data = base.purchaseData();

        BgNbdFit fit = new BgNbdFitter().fit(data, ModelTimeUnit.WEEKS);

        assertTrue(fit.converged(), "converged");
        BgNbdParameters estimate = fit.parameters().orElseThrow();
        double[] theta = {
            Math.log(estimate.r()), Math.log(estimate.alpha()), Math.log(estimate.a()), Math.log(estimate.b())
        };
        BgNbdLikelihood likelihood = new BgNbdLikelihood(data);
        double[] errors = StandardErrors.ofLogParameters(
                t -> -likelihood.logLikelihood(Math.exp(t[0]), Math.exp(t[1]), Math.exp(t[2]), Math.exp(t[3])), theta);
        double[] truth = {CDNOW.r(), CDNOW.alpha(), CDNOW.a(), CDNOW.b()};
        String[] names = {"r", "alpha", "a", "b"};
        for (int i = 0; i < 4; i++) {
            double logError = Math.abs(theta[i] - Math.log(truth[i]));
            assertTrue(errors[i] < 0.12, names[i] + " standard error " + errors[i] + " too wide to be a test");
            assertTrue(
                    logError <= 4 * errors[i],
                    names[i] + " = " + Math.exp(theta[i]) + " is " + logError / errors[i] + " SE from " + truth[i]);
        }
        assertEquals(
                likelihood.logLikelihood(estimate.r(), estimate.alpha(), estimate.a(), estimate.b()),
                fit.logLikelihood(),
                1e-6 * Math.abs(fit.logLikelihood()));
        assertEquals(CUSTOMERS, fit.customersFitted());
    }

    @Test
    void calibrationOfAWellSpecifiedModelIsCloseToOne() {
        SimulatedBase base = SimulatedBase.draw(CDNOW, SPEND, CUSTOMERS, 26, 78, 7L);

        BgNbdFit fit = new BgNbdFitter().fit(base.purchaseData(), ModelTimeUnit.WEEKS);

        assertEquals(1.0, fit.calibration().orElseThrow().ratio(), 0.02);
    }

    @Test
    void wholeDayDataFitsLikeTheSameTimesInWeeks() {
        int[] x = {0, 1, 3, 0, 2, 5, 0, 1, 0, 4};
        int[] recencyDays = {0, 30, 200, 0, 90, 340, 0, 12, 0, 150};
        int[] ageDays = {300, 100, 365, 20, 120, 360, 200, 40, 90, 180};
        double[] recencyWeeks = new double[x.length];
        double[] ageWeeks = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            recencyWeeks[i] = recencyDays[i] / 7.0;
            ageWeeks[i] = ageDays[i] / 7.0;
        }
        BgNbdLikelihood days = new BgNbdLikelihood(RepeatPurchaseData.fromDays(x, recencyDays, ageDays, 7.0));
        BgNbdLikelihood weeks = new BgNbdLikelihood(RepeatPurchaseData.fromTimes(x, recencyWeeks, ageWeeks));

        assertEquals(weeks.logLikelihood(0.5, 3, 0.8, 2.5), days.logLikelihood(0.5, 3, 0.8, 2.5), 1e-9);
    }

    @Test
    void aBaseTooSmallToFitSaysSoPlainly() {
        RepeatPurchaseData data =
                RepeatPurchaseData.fromDays(new int[] {0, 2, 1}, new int[] {0, 40, 9}, new int[] {50, 60, 70}, 7.0);

        BgNbdFit fit = new BgNbdFitter().fit(data, ModelTimeUnit.WEEKS);

        assertFalse(fit.isFitted());
        assertEquals(
                "purchase model not fitted: only 3 customers have a purchase; it needs at least 30",
                fit.problem().orElseThrow().english());
    }

    @Test
    void aBaseWithoutRepeatPurchasesCannotEstimateRates() {
        int n = 100;
        RepeatPurchaseData data = RepeatPurchaseData.fromDays(
                new int[n],
                new int[n],
                java.util.stream.IntStream.range(0, n).map(i -> i + 1).toArray(),
                7.0);

        BgNbdFit fit = new BgNbdFitter().fit(data, ModelTimeUnit.WEEKS);

        assertFalse(fit.isFitted());
        assertTrue(fit.problem().orElseThrow().english().contains("only 0 customers bought on more than one day"));
    }
}
