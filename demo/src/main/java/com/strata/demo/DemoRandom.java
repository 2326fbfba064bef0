package com.strata.demo;

import java.util.List;

/**
 * A small SplitMix64 generator with the distributions the demo base needs. Own code rather than
 * {@code java.util.Random} so that a seed gives the same files on every JDK (the JDK's Gaussian has changed before).
 */
final class DemoRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double UNIT = 0x1.0p-53;

    private long state;

    DemoRandom(long seed) {
        this.state = seed;
    }

    /** An independent stream for one customer, so each customer's rows depend only on the seed and its index. */
    static DemoRandom forCustomer(long seed, long index) {
        return new DemoRandom(mix(seed ^ mix(index * GOLDEN_GAMMA + GOLDEN_GAMMA)));
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * UNIT;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    /** Uniform in [from, to], both inclusive. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    /** Standard normal by Box-Muller; one of the pair is dropped to keep the generator stateless beyond its seed. */
    double gaussian() {
        double u = 1.0 - nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * nextDouble());
    }

    /** Log-normal with the given median and log-scale spread. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    /** Exponential waiting time with the given mean. */
    double exponential(double mean) {
        return -mean * Math.log(1.0 - nextDouble());
    }

    /** Gamma with mean 1 and the given shape (Marsaglia-Tsang; shape below 1 by the usual boost). */
    double gammaMeanOne(double shape) {
        if (shape < 1.0) {
            return gammaMeanOne(shape + 1.0) * (shape + 1.0) / shape * Math.pow(1.0 - nextDouble(), 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = gaussian();
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1.0 - nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v / shape;
            }
        }
    }

    /** Poisson count; by inversion for small means, normal approximation for large ones (only the tail customers). */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 60) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double limit = Math.exp(-mean);
        double product = nextDouble();
        int count = 0;
        while (product > limit) {
            product *= nextDouble();
            count++;
        }
        return count;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
