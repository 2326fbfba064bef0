package com.strata.scoring.clv;

import java.util.function.DoubleUnaryOperator;

/**
 * The BG/NBD expectations divide by (a - 1) a bracket that vanishes at a = 1: the limit exists, but close to it the
 * subtraction cancels most digits. Within h / 2 of 1 (h = {@value #HALF_WIDTH}) the value is interpolated linearly
 * between a = 1 - h and a = 1 + h, where the formula is accurate to about 1e-12; the interpolation error is O(h^2).
 */
final class NearOne {

    static final double HALF_WIDTH = 1e-4;

    private NearOne() {}

    static boolean applies(double a) {
        return Math.abs(a - 1) < HALF_WIDTH / 2;
    }

    static double interpolate(double a, DoubleUnaryOperator atA) {
        double low = atA.applyAsDouble(1 - HALF_WIDTH);
        double high = atA.applyAsDouble(1 + HALF_WIDTH);
        return low + (high - low) * (a - (1 - HALF_WIDTH)) / (2 * HALF_WIDTH);
    }
}
