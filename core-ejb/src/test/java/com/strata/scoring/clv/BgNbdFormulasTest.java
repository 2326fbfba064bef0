package com.strata.scoring.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BgNbdFormulasTest {

    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    private static final IndependentBgNbd INDEPENDENT = new IndependentBgNbd(CDNOW);

    /**
     * (x, t_x, T) in weeks: one-off buyers long ago and this week (z close to 1), the paper's worked example, lapsed
     * and steady regulars, and a near-daily buyer whose untransformed series would run to about e^100.
     */
    private static final double[][] POINTS = {
        {0, 0, 38.86},
        {2, 30.43, 38.86},
        {1, 2.0, 38.86},
        {7, 35.0, 39.0},
        {4, 10.0, 50.0},
        {20, 70.0, 78.0},
        {0, 0, 0.5},
        {150, 155.0, 156.0}
    };

    @Test
    void reproducesThePapersWorkedExample() {
        // Fader, Hardie and Lee (2005), section 5: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in 39 weeks.
        assertEquals(1.226, CDNOW.conditionalExpectedPurchases(39, 2, 30.43, 38.86), 5e-4);
    }

    @Test
    void probabilityAliveMatchesDirectIntegrationOverTheDropoutProbability() {
        for (double[] point : POINTS) {
            int x = (int) point[0];
            assertEquals(
                    INDEPENDENT.probabilityAlive(x, point[1], point[2]),
                    CDNOW.probabilityAlive(x, point[1], point[2]),
                    1e-9,
                    () -> "at " + java.util.Arrays.toString(point));
        }
    }

    @Test
    void conditionalExpectationMatchesDirectIntegrationForSeveralHorizons() {
        for (double t : new double[] {13, 52}) {
            for (double[] point : POINTS) {
                int x = (int) point[0];
                double independent = INDEPENDENT.conditionalExpectedPurchases(t, x, point[1], point[2]);
                assertEquals(
                        independent,
                        CDNOW.conditionalExpectedPurchases(t, x, point[1], point[2]),
                        1e-8 * Math.max(1, independent),
                        () -> "t=" + t + " at " + java.util.Arrays.toString(point));
            }
        }
    }

    @Test
    void unconditionalExpectationMatchesDirectIntegration() {
        for (double t : new double[] {1, 39, 78}) {
            assertEquals(INDEPENDENT.expectedPurchases(t), CDNOW.expectedPurchases(t), 1e-9);
        }
    }

    @Test
    void valuesCloseToTheRemovableSingularityAtAEqualsOneStayAccurate() {
        BgNbdParameters nearOne = new BgNbdParameters(0.5, 5, 1 + 3e-5, 2.5);
        IndependentBgNbd independent = new IndependentBgNbd(nearOne);

        assertEquals(independent.expectedPurchases(39), nearOne.expectedPurchases(39), 1e-7);
        assertEquals(
                independent.conditionalExpectedPurchases(39, 3, 20, 40),
                nearOne.conditionalExpectedPurchases(39, 3, 20, 40),
                1e-7);
    }

    @Test
    void oneDayCustomersAreAliveByConstructionButExpectLessTheLongerTheyAreSilent() {
        assertEquals(1.0, CDNOW.probabilityAlive(0, 0, 5));
        assertEquals(1.0, CDNOW.probabilityAlive(0, 0, 150));
        double soon = CDNOW.conditionalExpectedPurchases(52, 0, 0, 5);
        double late = CDNOW.conditionalExpectedPurchases(52, 0, 0, 150);
        assertTrue(late < soon / 3, "silent for 150 weeks " + late + " vs 5 weeks " + soon);
    }

    @Test
    void aRegularWhoStoppedLooksLessAliveThanOneWhoKeepsBuying() {
        assertTrue(CDNOW.probabilityAlive(7, 10, 39) < 0.1);
        assertTrue(CDNOW.probabilityAlive(7, 38.5, 39) > 0.9);
    }
}
