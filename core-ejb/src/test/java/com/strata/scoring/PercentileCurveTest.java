package com.strata.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A run's percentile curve places a value where its mid-rank lies and names the value at a position. */
class PercentileCurveTest {

    /** Four customers with nothing, then one each at 10, 20 … 60: mid-ranks 0.2, then 0.45, 0.55 … 0.95. */
    private static final PercentileCurve CURVE = PercentileRanks.of(new double[] {0, 60, 0, 10, 20, 0, 30, 40, 0, 50})
            .curve();

    @Test
    void equalValuesArePlacedAtTheirSharedMidRank() {
        assertEquals(10, CURVE.count());
        assertEquals(0.2, CURVE.position(0), 1.0 / PercentileCurve.STEPS);
        assertEquals(0.45, CURVE.position(10), 1.0 / PercentileCurve.STEPS);
    }

    @Test
    void theValueAtAPositionIsTheSmallestThatReachesIt() {
        assertEquals(0, CURVE.valueAt(0.2));
        assertEquals(10, CURVE.valueAt(0.45));
        assertEquals(30, CURVE.valueAt(0.65));
    }

    @Test
    void theTopValueIsAsFarAsTheCurveGoes() {
        assertEquals(1, CURVE.position(60));
        assertEquals(1, CURVE.position(1_000));
        assertEquals(60, CURVE.valueAt(1));
    }
}
