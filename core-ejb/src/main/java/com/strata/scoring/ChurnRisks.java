package com.strata.scoring;

import com.strata.policy.ChurnRules;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Churn risk of every customer by {@link ChurnRules}: the weighted blend of the model signal 1 - P(alive) and the
 * overdue, spend-drop and open-complaint signals. For a customer with one purchase day BG/NBD's P(alive) is 1 by
 * construction and says nothing about drop-out, so, as when no model was fitted, the model's weight goes to the rule
 * signals in proportion to theirs. A customer who never bought has no purchase to be overdue from.
 */
final class ChurnRisks {

    final double[] risk;
    final double[] model;
    final double[] overdue;
    final double[] spendDrop;
    final double[] complaints;

    private ChurnRisks(int size) {
        risk = new double[size];
        model = new double[size];
        Arrays.fill(model, Double.NaN);
        overdue = new double[size];
        spendDrop = new double[size];
        complaints = new double[size];
    }

    static ChurnRisks of(CustomerColumns base, ClvEstimates clv, PurchaseCadence cadence, ChurnRules rules) {
        ChurnRisks risks = new ChurnRisks(base.size);
        double ruleWeight = rules.overdueWeight() + rules.spendDropWeight() + rules.complaintWeight();
        IntStream.range(0, base.size).parallel().forEach(i -> {
            if (base.purchased[i]) {
                double beyond = base.recencyDays[i] / cadence.usualGapDays(i) - 1;
                risks.overdue[i] = clamp(beyond / (rules.overdueFullAtGapMultiple() - 1));
            }
            risks.spendDrop[i] = base.customers.get(i).trend().drop();
            risks.complaints[i] = clamp(
                    (double) base.customers.get(i).relationship().openComplaints()
                            / rules.openComplaintsForFullSignal());
            double rulePart = rules.overdueWeight() * risks.overdue[i]
                    + rules.spendDropWeight() * risks.spendDrop[i]
                    + rules.complaintWeight() * risks.complaints[i];
            boolean modelSpeaks = base.purchased[i] && base.repeats[i] > 0 && !Double.isNaN(clv.probabilityAlive[i]);
            if (modelSpeaks) {
                risks.model[i] = 1 - clv.probabilityAlive[i];
                risks.risk[i] = clamp(rules.modelWeight() * risks.model[i] + rulePart);
            } else {
                risks.risk[i] = clamp(rulePart / ruleWeight);
            }
        });
        return risks;
    }

    private static double clamp(double value) {
        return Math.min(1, Math.max(0, value));
    }
}
