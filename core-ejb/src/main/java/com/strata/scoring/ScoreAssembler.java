package com.strata.scoring;

import com.strata.policy.ClassificationPolicy;
import com.strata.policy.LifecycleRules;
import com.strata.policy.TierLadder;
import com.strata.policy.ValueDimension;
import com.strata.tiering.DecisionRule;
import com.strata.tiering.TierCutoffs;
import com.strata.tiering.TierDecision;
import com.strata.tiering.TierOverride;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Turns the run's columns into one customer's {@link CustomerScore} with its explanation. Called on demand, so a run
 * over millions of customers keeps primitive columns and materialises objects only for the customers read.
 */
final class ScoreAssembler {

    private final ClassificationPolicy policy;
    private final CustomerColumns base;
    private final RfmScores rfm;
    private final Segmentation segmentation;
    private final ClvEstimates clv;
    private final ValueIndexes values;
    private final LifecycleStages stages;
    private final ChurnRisks churn;
    private final PurchaseCadence cadence;
    private final TierCutoffs cutoffs;
    private final TierDecision[] decisions;

    ScoreAssembler(ClassificationPolicy policy, CustomerColumns base, RfmScores rfm,
            Segmentation segmentation, ClvEstimates clv, ValueIndexes values, LifecycleStages stages,
            ChurnRisks churn, PurchaseCadence cadence, TierCutoffs cutoffs, TierDecision[] decisions) {
        this.policy = policy;
        this.base = base;
        this.rfm = rfm;
        this.segmentation = segmentation;
        this.clv = clv;
        this.values = values;
        this.stages = stages;
        this.churn = churn;
        this.cadence = cadence;
        this.cutoffs = cutoffs;
        this.decisions = decisions;
    }

    CustomerScore assemble(int i) {
        RfmScore rfmScore = new RfmScore(
                base.purchased[i] ? OptionalInt.of(base.recencyDays[i]) : OptionalInt.empty(),
                base.frequency[i], base.monetary[i], rfm.recency[i], rfm.frequency[i], rfm.monetary[i]);
        SegmentRule rule = segmentation.rules[i];
        ClvEstimate clvEstimate = new ClvEstimate(base.historicalClv[i], base.purchased[i],
                optional(clv.probabilityAlive[i]), optional(clv.expectedPurchases[i]), optional(clv.expectedSpend[i]),
                optional(clv.predictedClv[i]), base.purchased[i] && base.repeats[i] == 0);
        ChurnAssessment churnAssessment = new ChurnAssessment(churn.risk[i],
                churn.risk[i] >= policy.churn().warningThreshold(), optional(churn.model[i]), churn.overdue[i],
                churn.spendDrop[i], churn.complaints[i]);
        ValueIndex value = new ValueIndex(values.index[i], values.dimension[0][i], values.dimension[1][i],
                values.dimension[2][i]);
        TierDecision decision = decisions[i];
        StageFacts stage = stageFacts(i);
        Explanation explanation = new Explanation(List.of(
                new RfmFacts(rfmScore, policy.frequency(), policy.monetary()),
                new SegmentFacts(rule.segment(), rule, segmentation.meanRecencyDays, segmentation.meanFrequency,
                        segmentation.meanMonetary),
                new ValueFacts(value, values.weights.weight(0), values.weights.weight(1), values.weights.weight(2)),
                new ModelFacts(clvEstimate, policy.clv().horizonMonths()),
                stage,
                new ChurnFacts(churnAssessment, policy.churn().warningThreshold()),
                tierFacts(i, decision),
                nextStep(value, decision)));
        return new CustomerScore(base.customers.get(i).code(), rfmScore, rule.segment(), stage.stage(), clvEstimate,
                churnAssessment, value, decision, explanation);
    }

    private StageFacts stageFacts(int i) {
        LifecycleRule rule = stages.reasons[i];
        LifecycleRules rules = policy.lifecycle();
        double gap = base.purchased[i] ? cadence.usualGapDays(i) : Double.NaN;
        boolean own = cadence.isOwnGap(i);
        return switch (rule) {
            case FIRST_PURCHASE_RECENT -> facts(rule, base.ageDays[i], rules.newWithinDays(), gap, own);
            case NO_PURCHASE_YET, NEVER_PURCHASED -> facts(rule, base.tenureDays[i], rules.newWithinDays(), gap, own);
            case SILENT_TOO_LONG -> new StageFacts(rule, base.recencyDays[i],
                    Math.max(rules.churnedAfterDays(), rules.churnedGapMultiple() * gap), rules.churnedGapMultiple(),
                    gap, own);
            case MODEL_SAYS_GONE -> facts(rule, clv.probabilityAlive[i], rules.churnedBelowPAlive(), gap, own);
            case OVERDUE -> new StageFacts(rule, base.recencyDays[i], rules.decliningGapMultiple() * gap,
                    rules.decliningGapMultiple(), gap, own);
            case SPEND_FELL -> facts(rule, base.customers.get(i).trend().drop(), rules.decliningSpendDrop(), gap, own);
            case MODEL_SAYS_FADING -> facts(rule, clv.probabilityAlive[i], rules.decliningBelowPAlive(), gap, own);
            case YOUNG_RELATIONSHIP -> facts(rule, base.ageDays[i], rules.growingWithinDays(), gap, own);
            case SPEND_ROSE -> facts(rule, base.customers.get(i).trend().growth(), rules.growingSpendRise(), gap,
                    own);
            case STEADY -> facts(rule, 0, 0, gap, own);
        };
    }

    private static StageFacts facts(LifecycleRule rule, double observed, double threshold, double gap, boolean own) {
        return new StageFacts(rule, observed, threshold, Double.NaN, gap, own);
    }

    private TierFacts tierFacts(int i, TierDecision decision) {
        TierLadder ladder = policy.tiers();
        int proposed = ladder.rankOf(decision.proposed());
        double share = 0;
        if (ladder.kind() == TierLadder.Kind.TOP_SHARE) {
            for (int k = 0; k <= Math.min(proposed, ladder.lowestRank() - 1); k++) {
                share += ladder.thresholds().get(k);
            }
        }
        TierOverride override = base.customers.get(i).override();
        Optional<TierOverride> active = decision.rule() == DecisionRule.OVERRIDDEN
                ? Optional.of(override)
                : Optional.empty();
        return new TierFacts(decision, values.index[i], cutoffs.cutoff(proposed), proposed == ladder.lowestRank(),
                ladder.kind(), share, policy.hysteresis().downgradeAfterRuns(), policy.hysteresis().oneTierPerRun(),
                active);
    }

    private NextStep nextStep(ValueIndex value, TierDecision decision) {
        TierLadder ladder = policy.tiers();
        int assigned = ladder.rankOf(decision.assigned());
        ValueDimension lever = lever(value);
        double leverScore = score(value, lever);
        double leverWeight = values.weights.weight(lever.ordinal());
        if (decision.rule() == DecisionRule.OVERRIDDEN) {
            return new NextStep(NextStep.Kind.PINNED, decision.assigned(), cutoffs.cutoff(assigned), value.index(),
                    lever, leverScore, leverWeight, null);
        }
        if (decision.downgradeWarning()) {
            return new NextStep(NextStep.Kind.KEEP, decision.assigned(), cutoffs.cutoff(assigned), value.index(),
                    lever, leverScore, leverWeight, ladder.tier(assigned + 1));
        }
        if (assigned == 0) {
            return new NextStep(NextStep.Kind.TOP, decision.assigned(), cutoffs.cutoff(0), value.index(), lever,
                    leverScore, leverWeight, null);
        }
        for (int target = assigned - 1; target >= 0; target--) {
            if (cutoffs.isReachable(target)) {
                return new NextStep(NextStep.Kind.REACH, ladder.tier(target), cutoffs.cutoff(target), value.index(),
                        lever, leverScore, leverWeight, null);
            }
        }
        return new NextStep(NextStep.Kind.NONE_REACHABLE, decision.assigned(), Double.NaN, value.index(), lever,
                leverScore, leverWeight, null);
    }

    /** The dimension that could add most to the index: AHP weight times headroom to 100. */
    private ValueDimension lever(ValueIndex value) {
        ValueDimension best = ValueDimension.CURRENT;
        double bestRoom = -1;
        for (ValueDimension d : ValueDimension.values()) {
            double room = values.weights.weight(d.ordinal()) * (100 - score(value, d));
            if (room > bestRoom) {
                best = d;
                bestRoom = room;
            }
        }
        return best;
    }

    private static double score(ValueIndex value, ValueDimension dimension) {
        return switch (dimension) {
            case CURRENT -> value.current();
            case POTENTIAL -> value.potential();
            case RELATIONSHIP -> value.relationship();
        };
    }

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
