package com.strata.policy;

import java.util.Objects;

/**
 * How predictive CLV is computed: the purchase model's time unit, the horizon, and the annual discount rate applied
 * month by month to expected spend.
 */
public record ClvOptions(ModelTimeUnit timeUnit, int horizonMonths, double annualDiscountRate) {

    public ClvOptions {
        Objects.requireNonNull(timeUnit, "timeUnit");
        if (horizonMonths < 1 || horizonMonths > 120) {
            throw new IllegalArgumentException("CLV horizon must be 1 to 120 months, got " + horizonMonths);
        }
        if (!(annualDiscountRate >= 0 && annualDiscountRate < 1)) {
            throw new IllegalArgumentException(
                    "annual discount rate must be a fraction in [0, 1), e.g. 0.10 for 10%, got " + annualDiscountRate);
        }
    }

    /** Weeks, 12 months, 10% a year. */
    public static ClvOptions defaults() {
        return new ClvOptions(ModelTimeUnit.WEEKS, 12, 0.10);
    }
}
