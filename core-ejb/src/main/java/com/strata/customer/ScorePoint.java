package com.strata.customer;

import java.time.LocalDate;

/**
 * A customer's score in one applied run, a point of the score and tier history. {@code predictedClv} is null when the
 * model could not say. {@code tierMoved} says the run gave a different tier than the previous point (false for the
 * first point shown).
 */
public record ScorePoint(
        long runId,
        LocalDate asOf,
        double valueIndex,
        Double predictedClv,
        double churnRisk,
        boolean churnWarning,
        String tier,
        boolean downgradeWarning,
        boolean tierMoved) {}
