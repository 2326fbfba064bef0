package com.strata.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FigureBucketsTest {

    @Test
    void predictedClvFallsIntoHalfDecadesWithRoundEdges() {
        assertEquals(0, FigureBuckets.clvBucket(0));
        assertEquals(0, FigureBuckets.clvBucket(9.99));
        assertEquals(1, FigureBuckets.clvBucket(10));
        assertEquals(1, FigureBuckets.clvBucket(29.99));
        assertEquals(2, FigureBuckets.clvBucket(30));
        assertEquals(3, FigureBuckets.clvBucket(100));
        assertEquals(4, FigureBuckets.clvBucket(300));
        assertEquals(4, FigureBuckets.clvBucket(999.9999999999999), "log10 would round this up to 3");
        assertEquals(5, FigureBuckets.clvBucket(1000));
        assertEquals(9, FigureBuckets.clvBucket(123_456));
    }

    @Test
    void aClvBucketsEdgesAreTheOnesItsValuesAreComparedWith() {
        assertEquals(0, FigureBuckets.clvLow(0));
        assertEquals(10, FigureBuckets.clvLow(1));
        assertEquals(30, FigureBuckets.clvLow(2));
        assertEquals(100, FigureBuckets.clvLow(3));
        assertEquals(300, FigureBuckets.clvHigh(3));
        assertEquals(100_000, FigureBuckets.clvLow(9));
        assertEquals(300_000, FigureBuckets.clvHigh(9));
    }

    @Test
    void oddClvValuesStillLandInABucket() {
        assertEquals(0, FigureBuckets.clvBucket(-5));
        assertEquals(0, FigureBuckets.clvBucket(Double.NaN));
        assertEquals(39, FigureBuckets.clvBucket(Double.POSITIVE_INFINITY));
    }

    @Test
    void churnRiskFallsIntoTenthsWithTheEdgeInTheUpperBucket() {
        assertEquals(0, FigureBuckets.churnBucket(0));
        assertEquals(0, FigureBuckets.churnBucket(0.0999));
        assertEquals(3, FigureBuckets.churnBucket(0.3), "0.3 * 10 is 3.0000000000000004, 0.3 itself is the edge");
        assertEquals(2, FigureBuckets.churnBucket(0.29999999999999993));
        assertEquals(7, FigureBuckets.churnBucket(0.7));
        assertEquals(9, FigureBuckets.churnBucket(0.95));
        assertEquals(9, FigureBuckets.churnBucket(1.0), "certain churn belongs to the last bucket");
        assertEquals(0.3, FigureBuckets.churnLow(3));
        assertEquals(0.4, FigureBuckets.churnHigh(3));
    }
}
