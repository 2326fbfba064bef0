package com.strata.policy;

import java.util.Locale;

/**
 * Churn risk 0-1 as a weighted blend of four signals, each 0-1:
 *
 * <ul>
 *   <li>model: 1 - P(alive) from the purchase model [weight 0.50];
 *   <li>overdue: 0 while the days since the last purchase are within the customer's usual gap, rising linearly to 1
 *       at {@code overdueFullAtGapMultiple} times that gap [weight 0.25, full at 3.0];
 *   <li>spend drop: the fraction by which spend fell against the previous period [weight 0.15];
 *   <li>open complaints: open complaints divided by {@code openComplaintsForFullSignal}, capped at 1 [weight 0.10, 2].
 * </ul>
 *
 * <p>When the model cannot speak (no fit this run, or a customer with a single purchase day, for whom BG/NBD's P(alive)
 * is 1 by construction) its weight is shared among the rule signals in proportion to their weights. A risk at or above
 * {@code warningThreshold} [0.60] raises a churn warning.
 */
public record ChurnRules(
        double modelWeight,
        double overdueWeight,
        double spendDropWeight,
        double complaintWeight,
        double overdueFullAtGapMultiple,
        int openComplaintsForFullSignal,
        double warningThreshold) {

    public ChurnRules {
        double[] weights = {modelWeight, overdueWeight, spendDropWeight, complaintWeight};
        double total = 0;
        for (double weight : weights) {
            if (!(weight >= 0)) {
                throw new IllegalArgumentException("churn weights must be zero or positive, got " + weight);
            }
            total += weight;
        }
        if (Math.abs(total - 1) > 1e-9) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "churn weights (model, overdue, spend drop, complaints) must add up to 1, got %.4f",
                    total));
        }
        if (overdueWeight + spendDropWeight + complaintWeight <= 0) {
            throw new IllegalArgumentException("at least one rule signal needs a positive weight");
        }
        if (!(overdueFullAtGapMultiple > 1)) {
            throw new IllegalArgumentException(
                    "overdueFullAtGapMultiple must exceed 1 (the usual gap), got " + overdueFullAtGapMultiple);
        }
        if (openComplaintsForFullSignal < 1) {
            throw new IllegalArgumentException(
                    "openComplaintsForFullSignal must be at least 1, got " + openComplaintsForFullSignal);
        }
        if (!(warningThreshold > 0 && warningThreshold <= 1)) {
            throw new IllegalArgumentException("warning threshold must be in (0, 1], got " + warningThreshold);
        }
    }

    public static ChurnRules defaults() {
        return new ChurnRules(0.50, 0.25, 0.15, 0.10, 3.0, 2, 0.60);
    }
}
