package com.strata.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyOptionsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    @Test
    void aRollingWindowCoversTheMonthsUpToAndIncludingTheAsOfDate() {
        Window window = Window.rollingMonths(12);

        assertEquals(Optional.of(LocalDate.of(2024, 4, 1)), window.firstDay(AS_OF));
        assertTrue(window.contains(LocalDate.of(2024, 4, 1), AS_OF));
        assertFalse(window.contains(LocalDate.of(2024, 3, 31), AS_OF));
        assertTrue(window.contains(AS_OF, AS_OF));
        assertFalse(window.contains(AS_OF.plusDays(1), AS_OF));
    }

    @Test
    void allHistoryReachesBackToTheFirstPurchaseButNotPastTheAsOfDate() {
        Window window = Window.allHistory();

        assertTrue(window.contains(LocalDate.of(1999, 1, 1), AS_OF));
        assertFalse(window.contains(AS_OF.plusDays(1), AS_OF));
        assertEquals(12, window.trendMonths());
    }

    @Test
    void tierSharesMustFitInTheBase() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> TierLadder.topShares(List.of("A", "B", "C"), List.of(0.6, 0.5)));

        assertEquals("tier shares add up to 1.1, more than the whole base", refused.getMessage());
    }

    @Test
    void absoluteThresholdsMustFallFromTierToTier() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> TierLadder.absolute(List.of("A", "B", "C"), List.of(50.0, 60.0)));

        assertEquals("threshold of B (60.0) must be below that of A (50.0)", refused.getMessage());
    }

    @Test
    void fixedCutoffsNeedFourRisingValuesPerDimension() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> new RfmBinning.FixedCutoffs(
                        List.of(30.0, 60.0, 90.0), List.of(1.0, 2.0, 3.0, 4.0), List.of(1.0, 2.0, 3.0, 4.0)));

        assertEquals("recency needs exactly 4 cut-offs for 5 scores, got 3", refused.getMessage());
    }

    @Test
    void churnWeightsMustAddUpToOne() {
        assertThrows(IllegalArgumentException.class, () -> new ChurnRules(0.5, 0.5, 0.5, 0, 3, 2, 0.6));
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        ClassificationPolicy policy = ClassificationPolicy.defaults();

        assertEquals(Window.rollingMonths(12), policy.window());
        assertEquals(FrequencyMeasure.DISTINCT_DAYS, policy.frequency());
        assertEquals(MonetaryMeasure.SUM, policy.monetary());
        assertEquals(SegmentScheme.RF_GRID, policy.segmentScheme());
        assertEquals(new ClvOptions(ModelTimeUnit.WEEKS, 12, 0.10), policy.clv());
        assertEquals(
                List.of("Diamond", "Platinum", "Gold", "Silver", "Bronze"),
                policy.tiers().tiers());
        assertEquals(List.of(0.01, 0.04, 0.15, 0.30), policy.tiers().thresholds());
        assertEquals(new Hysteresis(2, true), policy.hysteresis());
        assertEquals(90, policy.lifecycle().newWithinDays());
        assertEquals(0.6, policy.churn().warningThreshold());
    }
}
