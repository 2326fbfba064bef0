package com.strata.scoring;

import com.strata.policy.LifecycleRules;
import java.util.stream.IntStream;

/** Applies {@link LifecycleRules} in order to every customer; the first rule that matches decides the stage. */
final class LifecycleStages {

    final LifecycleRule[] reasons;

    private LifecycleStages(int size) {
        reasons = new LifecycleRule[size];
    }

    static LifecycleStages of(CustomerColumns base, ClvEstimates clv, PurchaseCadence cadence, LifecycleRules rules) {
        LifecycleStages stages = new LifecycleStages(base.size);
        IntStream.range(0, base.size).parallel().forEach(i -> stages.reasons[i] = reason(i, base, clv, cadence, rules));
        return stages;
    }

    private static LifecycleRule reason(
            int i, CustomerColumns base, ClvEstimates clv, PurchaseCadence cadence, LifecycleRules rules) {
        if (!base.purchased[i]) {
            return base.tenureDays[i] <= rules.newWithinDays()
                    ? LifecycleRule.NO_PURCHASE_YET
                    : LifecycleRule.NEVER_PURCHASED;
        }
        if (base.ageDays[i] <= rules.newWithinDays()) {
            return LifecycleRule.FIRST_PURCHASE_RECENT;
        }
        double recency = base.recencyDays[i];
        double gap = cadence.usualGapDays(i);
        boolean modelled = base.repeats[i] > 0 && !Double.isNaN(clv.probabilityAlive[i]);
        double pAlive = clv.probabilityAlive[i];
        if (recency >= rules.churnedAfterDays() && recency >= rules.churnedGapMultiple() * gap) {
            return LifecycleRule.SILENT_TOO_LONG;
        }
        if (modelled && pAlive < rules.churnedBelowPAlive()) {
            return LifecycleRule.MODEL_SAYS_GONE;
        }
        if (recency >= rules.decliningGapMultiple() * gap) {
            return LifecycleRule.OVERDUE;
        }
        if (base.customers.get(i).trend().drop() >= rules.decliningSpendDrop()) {
            return LifecycleRule.SPEND_FELL;
        }
        if (modelled && pAlive < rules.decliningBelowPAlive()) {
            return LifecycleRule.MODEL_SAYS_FADING;
        }
        if (base.ageDays[i] <= rules.growingWithinDays()) {
            return LifecycleRule.YOUNG_RELATIONSHIP;
        }
        if (base.customers.get(i).trend().growth() >= rules.growingSpendRise()) {
            return LifecycleRule.SPEND_ROSE;
        }
        return LifecycleRule.STEADY;
    }
}
