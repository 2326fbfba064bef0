package com.strata.scoring;

import java.util.OptionalDouble;

/**
 * Churn risk 0-1, the warning it raised, and its signals (each 0-1).
 *
 * @param modelSignal 1 - P(alive); empty when the model did not take part (not fitted, or one purchase day)
 */
public record ChurnAssessment(
        double risk,
        boolean warning,
        OptionalDouble modelSignal,
        double overdueSignal,
        double spendDropSignal,
        double complaintSignal) {}
