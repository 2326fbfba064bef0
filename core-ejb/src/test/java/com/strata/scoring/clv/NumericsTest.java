package com.strata.scoring.clv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumericsTest {

    @Test
    void lnGammaMatchesFactorialsAndTheHalfIntegerValue() {
        assertEquals(0.0, SpecialFunctions.lnGamma(1), 1e-15);
        assertEquals(0.0, SpecialFunctions.lnGamma(2), 1e-15);
        assertEquals(Math.log(362_880), SpecialFunctions.lnGamma(10), 1e-13);
        assertEquals(0.5 * Math.log(Math.PI), SpecialFunctions.lnGamma(0.5), 1e-14);
        double lnFactorial99 = 0;
        for (int k = 2; k <= 99; k++) {
            lnFactorial99 += Math.log(k);
        }
        assertEquals(lnFactorial99, SpecialFunctions.lnGamma(100), 1e-12 * lnFactorial99);
        assertEquals(
                Math.log(Math.PI / Math.sin(Math.PI * 0.1)) - SpecialFunctions.lnGamma(0.9),
                SpecialFunctions.lnGamma(0.1),
                1e-14);
    }

    @Test
    void hypergeometricSeriesMatchesClosedForms() {
        double z = 0.7;
        assertEquals(-Math.log(1 - z) / z, Hypergeometric.f21(1, 1, 2, z), 1e-14);
        assertEquals(Math.pow(1 - z, -2.5), Hypergeometric.f21(2.5, 1.3, 1.3, z), 1e-12);
        assertEquals(1.0, Hypergeometric.f21(3, 4, 5, 0), 0);
    }

    @Test
    void seriesForSeveralPointsAgreesWithTheSinglePointSeriesAndClosedForms() {
        HypergeometricSeries series = new HypergeometricSeries(3);
        double[] z = {0.1, 0.5, 0.9};
        double[] out = new double[3];
        series.f21(2.2, 3.4, 4.1, z, out);
        for (int k = 0; k < 3; k++) {
            assertEquals(Hypergeometric.f21(2.2, 3.4, 4.1, z[k]), out[k], 1e-13 * out[k]);
        }
        // Negative parameters, as in the Euler-transformed forecast: 2F1(-0.5, b; b; z) = (1 - z)^0.5.
        series.f21(-0.5, 2.7, 2.7, z, out);
        for (int k = 0; k < 3; k++) {
            assertEquals(Math.sqrt(1 - z[k]), out[k], 1e-14);
        }
        // A non-positive integer parameter ends the series: 2F1(-2, 1; 1; z) = (1 - z)^2.
        series.f21(-2, 1, 1, z, out);
        assertEquals(0.01, out[2], 1e-15);
    }

    @Test
    void nelderMeadFindsTheRosenbrockValley() {
        Optimum optimum = new NelderMead(1e-14, 1e-8, 10_000)
                .minimise(
                        p -> 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2),
                        new double[] {-1.2, 1},
                        0.5);

        assertTrue(optimum.converged());
        assertArrayEquals(new double[] {1, 1}, optimum.point(), 1e-5);
    }

    @Test
    void parallelSumIsIdenticalRunAfterRunAndMatchesASequentialSumClosely() {
        double[] values = new double[200_000];
        double sequential = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(i) * 1e-3 + 1.0 / (i + 1);
            sequential += values[i];
        }
        ParallelSum.RangeSums body = (from, to, sums) -> {
            for (int i = from; i < to; i++) {
                sums[0] += values[i];
                sums[1] += 2 * values[i];
            }
        };
        double[] first = ParallelSum.over(values.length, 2, body);
        for (int repeat = 0; repeat < 5; repeat++) {
            assertArrayEquals(first, ParallelSum.over(values.length, 2, body), 0.0);
        }
        assertEquals(sequential, first[0], 1e-12 * sequential);
        assertEquals(2 * first[0], first[1], 1e-12 * sequential);
    }
}
