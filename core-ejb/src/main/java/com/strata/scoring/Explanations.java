package com.strata.scoring;

import com.strata.policy.ClassificationPolicy;
import com.strata.policy.TierLadder;
import com.strata.policy.ValueDimension;
import com.strata.tiering.DecisionRule;
import com.strata.tiering.TierCutoffs;
import com.strata.tiering.TierDecision;
import com.strata.tiering.TierOverride;
import java.util.List;
import java.util.Optional;

/**
 * Builds a customer's explanation from their score and the run's {@link ExplanationBasis}. The engine and the reading
 * of a stored score both come through here, so a score read back from the database explains itself exactly as it
 * did when the run computed it.
 */
public final class Explanations {

    private Explanations() {}

    public static Explanation explain(
            ExplanationBasis basis,
            RfmScore rfm,
            double windowAmount,
            SegmentRule segmentRule,
            ClvEstimate clv,
            ValueIndex value,
            StageFacts stage,
            ChurnAssessment churn,
            TierDecision decision,
            Optional<TierOverride> activeOverride) {
        ClassificationPolicy policy = basis.policy();
        BaseMeans means = basis.means();
        return new Explanation(List.of(
                new RfmFacts(rfm, policy.frequency(), policy.monetary()),
                new SegmentFacts(
                        segmentRule.segment(), segmentRule, means.recencyDays(), means.frequency(), means.monetary()),
                new ValueFacts(
                        value,
                        basis.weights().weight(0),
                        basis.weights().weight(1),
                        basis.weights().weight(2)),
                new ModelFacts(clv, policy.clv().horizonMonths()),
                stage,
                new ChurnFacts(churn, policy.churn().warningThreshold()),
                tierFacts(basis, value, decision, activeOverride),
                nextStep(basis, value, decision, windowAmount, rfm.frequency())));
    }

    private static TierFacts tierFacts(
            ExplanationBasis basis, ValueIndex value, TierDecision decision, Optional<TierOverride> activeOverride) {
        ClassificationPolicy policy = basis.policy();
        TierLadder ladder = policy.tiers();
        int proposed = ladder.rankOf(decision.proposed());
        double share = 0;
        if (ladder.kind() == TierLadder.Kind.TOP_SHARE) {
            for (int k = 0; k <= Math.min(proposed, ladder.lowestRank() - 1); k++) {
                share += ladder.thresholds().get(k);
            }
        }
        Optional<TierOverride> active = decision.rule() == DecisionRule.OVERRIDDEN ? activeOverride : Optional.empty();
        return new TierFacts(
                decision,
                value.index(),
                basis.cutoffs().cutoff(proposed),
                proposed == ladder.lowestRank(),
                ladder.kind(),
                share,
                policy.hysteresis().downgradeAfterRuns(),
                policy.hysteresis().oneTierPerRun(),
                active);
    }

    private static NextStep nextStep(
            ExplanationBasis basis, ValueIndex value, TierDecision decision, double windowAmount, double frequency) {
        TierLadder ladder = basis.policy().tiers();
        TierCutoffs cutoffs = basis.cutoffs();
        int assigned = ladder.rankOf(decision.assigned());
        ValueDimension lever = lever(basis, value);
        double leverScore = score(value, lever);
        double leverWeight = basis.weights().weight(lever.ordinal());
        if (decision.rule() == DecisionRule.OVERRIDDEN) {
            return new NextStep(
                    NextStep.Kind.PINNED,
                    decision.assigned(),
                    cutoffs.cutoff(assigned),
                    value.index(),
                    lever,
                    leverScore,
                    leverWeight,
                    null,
                    windowAmount,
                    List.of());
        }
        if (decision.downgradeWarning()) {
            return new NextStep(
                    NextStep.Kind.KEEP,
                    decision.assigned(),
                    cutoffs.cutoff(assigned),
                    value.index(),
                    lever,
                    leverScore,
                    leverWeight,
                    ladder.tier(assigned + 1),
                    windowAmount,
                    PurchaseLevers.moves(basis, cutoffs.cutoff(assigned) - value.index(), windowAmount, frequency));
        }
        if (assigned == 0) {
            return new NextStep(
                    NextStep.Kind.TOP,
                    decision.assigned(),
                    cutoffs.cutoff(0),
                    value.index(),
                    lever,
                    leverScore,
                    leverWeight,
                    null,
                    windowAmount,
                    List.of());
        }
        for (int target = assigned - 1; target >= 0; target--) {
            if (cutoffs.isReachable(target)) {
                return new NextStep(
                        NextStep.Kind.REACH,
                        ladder.tier(target),
                        cutoffs.cutoff(target),
                        value.index(),
                        lever,
                        leverScore,
                        leverWeight,
                        null,
                        windowAmount,
                        PurchaseLevers.moves(basis, cutoffs.cutoff(target) - value.index(), windowAmount, frequency));
            }
        }
        return new NextStep(
                NextStep.Kind.NONE_REACHABLE,
                decision.assigned(),
                Double.NaN,
                value.index(),
                lever,
                leverScore,
                leverWeight,
                null,
                windowAmount,
                List.of());
    }

    /** The dimension that could add most to the index: AHP weight times headroom to 100. */
    private static ValueDimension lever(ExplanationBasis basis, ValueIndex value) {
        ValueDimension best = ValueDimension.CURRENT;
        double bestRoom = -1;
        for (ValueDimension d : ValueDimension.values()) {
            double room = basis.weights().weight(d.ordinal()) * (100 - score(value, d));
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
}
