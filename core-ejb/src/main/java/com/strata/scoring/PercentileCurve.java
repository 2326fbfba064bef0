package com.strata.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * One value-index indicator's percentile curve in a run: the raw value it takes at each mid-rank position of the base,
 * every {@code 1 / STEPS}. It is what turns "this many more points of the index" into the customer's own terms ("this
 * much more spend"), both when the run scores and when a stored score is read back, so it is kept with the run.
 *
 * <p>{@code values[j]} is the smallest value of the base whose mid-rank position is at least {@code j / STEPS}; the
 * positions above the base's top value hold that value. Between grid points the curve is linear.
 */
public final class PercentileCurve {

    /** 200 steps of half a percent: fine enough for the top tiers' few percent, small enough to keep with a run. */
    public static final int STEPS = 200;

    private final long count;
    private final double[] values;

    private PercentileCurve(long count, double[] values) {
        this.count = count;
        this.values = values;
    }

    static PercentileCurve ofGrid(long count, double[] values) {
        return new PercentileCurve(count, values);
    }

    /** A curve as kept with a run: the number of values it was drawn from and its grid. */
    public static PercentileCurve of(long count, List<Double> values) {
        if (count < 1 || values.size() != STEPS + 1) {
            throw new IllegalArgumentException("a percentile curve is drawn from at least one value and has "
                    + (STEPS + 1) + " grid values, got " + count + " and " + values.size());
        }
        return new PercentileCurve(
                count, values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** How many customers' values the curve was drawn from. */
    public long count() {
        return count;
    }

    public List<Double> values() {
        return Arrays.stream(values).boxed().toList();
    }

    /** Equal when drawn from as many values with the same grid, so equal runs have equal diagnostics. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PercentileCurve curve && count == curve.count && Arrays.equals(values, curve.values);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(count) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "PercentileCurve[count=" + count + ", from " + values[0] + " to " + values[STEPS] + "]";
    }

    /**
     * The position 0-1 of a value on the curve: 1 at or above the base's top value. A value on the grid is a group of
     * equal values whose mid-rank lies between its last grid point and the next, so it is placed half a step on.
     */
    double position(double value) {
        if (value < values[0]) {
            return 0;
        }
        int low = 0;
        int high = STEPS;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (values[middle] <= value) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        if (low == STEPS) {
            return 1;
        }
        if (values[low] == value) {
            return (low + 0.5) / STEPS;
        }
        double span = values[low + 1] - values[low];
        return (low + (value - values[low]) / span) / STEPS;
    }

    /** The value at a position 0-1 of the curve. */
    double valueAt(double position) {
        double step = position * STEPS;
        int low = (int) Math.floor(step);
        if (low >= STEPS) {
            return values[STEPS];
        }
        return values[low] + (step - low) * (values[low + 1] - values[low]);
    }
}
