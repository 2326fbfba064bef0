package com.strata.policy;

import java.util.Objects;

/**
 * How predictive CLV is computed: the purchase model's time unit, the horizon, and the annual discount rate applied
 * month by month to expected spend; and how many weeks at the end of history the holdout check keeps back to test
 * the purchase model on purchases it was not fitted on.
 */
public record ClvOptions(
        ModelTimeUnit timeUnit,
        int horizonMonths,
        double annualDiscountRate,
        @DefaultWhenMissing int holdoutWeeks) {

    public static final int DEFAULT_HOLDOUT_WEEKS = 26;

    public ClvOptions {
        Objects.requireNonNull(timeUnit, "timeUnit");
        if (horizonMonths < 1 || horizonMonths > 120) {
            throw new IllegalArgumentException("CLV horizon must be 1 to 120 months, got " + horizonMonths);
        }
        if (!(annualDiscountRate >= 0 && annualDiscountRate < 1)) {
            throw new IllegalArgumentException(
                    "annual discount rate must be a fraction in [0, 1), e.g. 0.10 for 10%, got " + annualDiscountRate);
        }
        if (holdoutWeeks < 1 || holdoutWeeks > 104) {
            throw new IllegalArgumentException("holdout must be 1 to 104 weeks, got " + holdoutWeeks);
        }
    }

    /** With the default holdout of {@value #DEFAULT_HOLDOUT_WEEKS} weeks. */
    public ClvOptions(ModelTimeUnit timeUnit, int horizonMonths, double annualDiscountRate) {
        this(timeUnit, horizonMonths, annualDiscountRate, DEFAULT_HOLDOUT_WEEKS);
    }

    /** Weeks, 12 months, 10% a year, a 26-week holdout. */
    public static ClvOptions defaults() {
        return new ClvOptions(ModelTimeUnit.WEEKS, 12, 0.10, DEFAULT_HOLDOUT_WEEKS);
    }
}
