package com.strata.scoring.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikelihoodGradientTest {

    private static final SimulatedBase BASE = SimulatedBase.draw(
            new BgNbdParameters(0.5, 6, 0.7, 3), new GammaGammaParameters(4, 3, 25), 3000, 10, 60, 5L);

    @Test
    void bgNbdGradientMatchesCentralDifferences() {
        BgNbdLikelihood likelihood = new BgNbdLikelihood(BASE.purchaseData());
        double[] point = {0.45, 5.5, 0.9, 2.7};
        double[] gradient = new double[4];
        likelihood.logLikelihood(point[0], point[1], point[2], point[3], gradient);
        for (int i = 0; i < 4; i++) {
            double h = 1e-6 * point[i];
            double[] up = point.clone();
            double[] down = point.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (likelihood.logLikelihood(up[0], up[1], up[2], up[3])
                            - likelihood.logLikelihood(down[0], down[1], down[2], down[3]))
                    / (2 * h);
            assertEquals(numeric, gradient[i], 1e-5 * Math.max(1, Math.abs(numeric)), "parameter " + i);
        }
    }

    @Test
    void gammaGammaGradientMatchesCentralDifferences() {
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(BASE.spendData());
        double[] point = {3.5, 2.5, 30};
        double[] gradient = new double[3];
        likelihood.logLikelihood(point[0], point[1], point[2], gradient);
        for (int i = 0; i < 3; i++) {
            double h = 1e-6 * point[i];
            double[] up = point.clone();
            double[] down = point.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (likelihood.logLikelihood(up[0], up[1], up[2])
                            - likelihood.logLikelihood(down[0], down[1], down[2]))
                    / (2 * h);
            assertEquals(numeric, gradient[i], 1e-5 * Math.max(1, Math.abs(numeric)), "parameter " + i);
        }
    }

    @Test
    void digammaIsTheDerivativeOfLnGamma() {
        for (double x : new double[] {0.05, 0.7, 1, 3.3, 12, 250}) {
            double h = 1e-5 * x;
            double numeric = (SpecialFunctions.lnGamma(x + h) - SpecialFunctions.lnGamma(x - h)) / (2 * h);
            assertEquals(numeric, SpecialFunctions.digamma(x), 1e-7 * Math.max(1, Math.abs(numeric)), "x = " + x);
        }
        assertEquals(-0.5772156649015329, SpecialFunctions.digamma(1), 1e-14);
    }
}
