package com.strata.web.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.strata.runs.ModelDiagnostics;
import org.junit.jupiter.api.Test;

/** How the run page reads a holdout comparison out to an analyst. */
class HoldoutReadingTest {

    @Test
    void aForecastFourPercentShortReadsAsAnUnderForecastThatIsClose() {
        HoldoutReading reading = HoldoutReading.of(comparison(96, 100), "run.holdout.purchases");

        assertEquals(new HoldoutReading("run.holdout.purchases.under", "run.holdout.purchases.close", 4.0), reading);
    }

    @Test
    void aForecastTenPercentOverReadsAsAnOverForecastToUseWithCare() {
        HoldoutReading reading = HoldoutReading.of(comparison(110, 100), "run.holdout.spend");

        assertEquals(new HoldoutReading("run.holdout.spend.over", "run.holdout.spend.fair", 10.0), reading);
    }

    @Test
    void aForecastTwentyPercentShortIsAWarning() {
        assertEquals(
                "run.holdout.purchases.far",
                HoldoutReading.of(comparison(80, 100), "run.holdout.purchases").verdict());
    }

    @Test
    void aForecastWithinATenthOfAPercentReadsAsExact() {
        assertEquals(
                "run.holdout.purchases.exact",
                HoldoutReading.of(comparison(100.04, 100), "run.holdout.purchases")
                        .direction());
    }

    @Test
    void aHoldoutWithoutPurchasesHasNothingToRead() {
        assertNull(HoldoutReading.of(new ModelDiagnostics.Comparison(5, 2, 0, null, null), "run.holdout.purchases"));
        assertNull(HoldoutReading.of(null, "run.holdout.purchases"));
    }

    private static ModelDiagnostics.Comparison comparison(double predicted, double actual) {
        return new ModelDiagnostics.Comparison(100, predicted, actual, 100 * (predicted - actual) / actual, 0.7);
    }
}
