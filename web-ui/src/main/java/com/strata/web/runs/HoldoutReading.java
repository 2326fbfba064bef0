package com.strata.web.runs;

import com.strata.runs.ModelDiagnostics;

/**
 * The plain-language reading of a holdout comparison: which way the model missed and by how much, and whether that
 * is close enough to lean on. The page renders it from the message bundle in the reader's language.
 *
 * @param direction the message key of the sentence: the model over- or under-forecasts, or matches
 * @param verdict the message key of the advice that follows it
 * @param percent the size of the miss, rounded to a tenth of a percent
 */
record HoldoutReading(String direction, String verdict, double percent) {

    /** Within this, the forecast reads as close. */
    static final double CLOSE_PERCENT = 5;

    /** Beyond this, a warning not to lean on the forecasts. */
    static final double FAR_PERCENT = 15;

    /** Null when the comparison has no error to read (nothing happened in the holdout). */
    static HoldoutReading of(ModelDiagnostics.Comparison comparison, String keyPrefix) {
        if (comparison == null || comparison.errorPercent() == null) {
            return null;
        }
        double error = Math.round(comparison.errorPercent() * 10) / 10.0;
        String direction = error > 0 ? "over" : error < 0 ? "under" : "exact";
        double size = Math.abs(error);
        String verdict = size <= CLOSE_PERCENT ? "close" : size <= FAR_PERCENT ? "fair" : "far";
        return new HoldoutReading(keyPrefix + "." + direction, keyPrefix + "." + verdict, size);
    }
}
