package com.strata.scoring.clv;

import java.util.SplittableRandom;

/** Seeded gamma, beta and exponential draws for simulating bases (Marsaglia and Tsang's gamma method). */
public final class RandomVariates {

    private final SplittableRandom random;

    public RandomVariates(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public double uniform() {
        return random.nextDouble();
    }

    /** A whole number from 0 to {@code bound - 1}. */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** Gamma with the given shape and rate (mean shape / rate). */
    public double gamma(double shape, double rate) {
        if (shape < 1) {
            // Boost: Gamma(k) = Gamma(k + 1) * U^(1/k) keeps Marsaglia-Tsang in its valid range.
            return gamma(shape + 1, rate) * Math.pow(1 - random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = normal();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1 - random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v / rate;
            }
        }
    }

    public double beta(double a, double b) {
        double x = gamma(a, 1);
        return x / (x + gamma(b, 1));
    }

    public double exponential(double rate) {
        return -Math.log(1 - random.nextDouble()) / rate;
    }

    private double normal() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
