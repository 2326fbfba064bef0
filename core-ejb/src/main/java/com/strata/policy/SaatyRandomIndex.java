package com.strata.policy;

/** Saaty's random consistency index RI for matrices of order 1 to 10 (Saaty 1980). */
final class SaatyRandomIndex {

    private static final double[] RI = {0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};

    private SaatyRandomIndex() {}

    static double of(int order) {
        if (order < 1 || order > RI.length) {
            throw new IllegalArgumentException("AHP supports 1 to " + RI.length + " criteria, got " + order);
        }
        return RI[order - 1];
    }
}
