package com.strata.scoring.clv;

/**
 * In-sample calibration of the purchase model: the repeat purchase days the base actually made against the sum over
 * customers of E[X(T)], what the fitted model expects over each customer's own observation time. A ratio far from 1
 * means the model describes this base poorly.
 */
public record CalibrationCheck(double observedRepeatPurchases, double expectedRepeatPurchases) {

    /** Expected over observed; 1 is a perfect fit in aggregate. */
    public double ratio() {
        return observedRepeatPurchases == 0 ? Double.NaN : expectedRepeatPurchases / observedRepeatPurchases;
    }
}
