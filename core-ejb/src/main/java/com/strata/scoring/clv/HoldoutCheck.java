package com.strata.scoring.clv;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The purchase model tested on purchases it was not fitted on: BG/NBD fitted on the history up to the calibration
 * end, its forecasts for the holdout weeks after it set against what the customers then did.
 *
 * @param calibrationFit the purchase model fitted on the calibration period; when it could not be fitted its problem
 *     says why and the comparisons are empty
 * @param tracking week by week from the week of the first purchase to the as-of date, cumulative repeat purchase days
 *     of the whole base, actual and expected (customers who first bought in the holdout count from their first day)
 * @param groups the calibration customers by their repeat purchase days in the calibration period, 0 to 7 and 7 or
 *     more
 * @param purchases the holdout purchase days of the calibration customers, predicted and actual
 * @param spend the holdout buyers' mean spend per purchase day, predicted by Gamma-Gamma fitted on the calibration
 *     period and observed; empty when the spend model could not be fitted or has no population mean to give a buyer
 *     without calibration repeat purchases
 */
public record HoldoutCheck(
        LocalDate calibrationEnd,
        LocalDate asOf,
        int holdoutWeeks,
        BgNbdFit calibrationFit,
        List<TrackingWeek> tracking,
        List<RepeatGroup> groups,
        Optional<Comparison> purchases,
        Optional<Comparison> spend,
        Optional<Diagnostic> spendProblem) {

    /** The highest group of calibration repeat purchases; it holds every customer with this many or more. */
    public static final int TOP_GROUP = 7;

    /** Cumulative repeat purchase days to the end of a week (inclusive). */
    public record TrackingWeek(LocalDate weekEnd, double actual, double expected) {}

    /** Customers with {@code calibrationRepeats} repeat purchase days (or more, for the top group). */
    public record RepeatGroup(int calibrationRepeats, int customers, double meanPredicted, double meanActual) {}

    /**
     * Predicted against actual over some customers: totals (or, for spend, means), and the correlation of the two
     * per customer (NaN when either does not vary).
     */
    public record Comparison(int customers, double predicted, double actual, double correlation) {

        /** (predicted - actual) / actual in percent: negative when the model under-forecasts; NaN when actual is 0. */
        public double errorPercent() {
            return actual == 0 ? Double.NaN : 100 * (predicted - actual) / actual;
        }
    }
}
