package com.strata.scoring;

import com.strata.policy.ClassificationPolicy;
import com.strata.policy.LifecycleRules;
import com.strata.tiering.TierCutoffs;
import com.strata.tiering.TierDecision;
import com.strata.tiering.TierOverride;
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
    private final TierDecision[] decisions;
    private final ExplanationBasis basis;

    ScoreAssembler(
            ClassificationPolicy policy,
            CustomerColumns base,
            RfmScores rfm,
            Segmentation segmentation,
            ClvEstimates clv,
            ValueIndexes values,
            LifecycleStages stages,
            ChurnRisks churn,
            PurchaseCadence cadence,
            TierCutoffs cutoffs,
            TierDecision[] decisions,
            BaseMeans means) {
        this.policy = policy;
        this.base = base;
        this.rfm = rfm;
        this.segmentation = segmentation;
        this.clv = clv;
        this.values = values;
        this.stages = stages;
        this.churn = churn;
        this.cadence = cadence;
        this.decisions = decisions;
        this.basis = new ExplanationBasis(policy, means, values.weights, cutoffs, values.curves);
    }

    CustomerScore assemble(int i) {
        RfmScore rfmScore = new RfmScore(
                base.purchased[i] ? OptionalInt.of(base.recencyDays[i]) : OptionalInt.empty(),
                base.frequency[i],
                base.monetary[i],
                rfm.recency[i],
                rfm.frequency[i],
                rfm.monetary[i]);
        SegmentRule rule = segmentation.rules[i];
        ClvEstimate clvEstimate = new ClvEstimate(
                base.historicalClv[i],
                base.purchased[i],
                optional(clv.probabilityAlive[i]),
                optional(clv.expectedPurchases[i]),
                optional(clv.expectedSpend[i]),
                optional(clv.predictedClv[i]),
                base.purchased[i] && base.repeats[i] == 0);
        ChurnAssessment churnAssessment = new ChurnAssessment(
                churn.risk[i],
                churn.risk[i] >= policy.churn().warningThreshold(),
                optional(churn.model[i]),
                churn.overdue[i],
                churn.spendDrop[i],
                churn.complaints[i]);
        ValueIndex value =
                new ValueIndex(values.index[i], values.dimension[0][i], values.dimension[1][i], values.dimension[2][i]);
        TierDecision decision = decisions[i];
        StageFacts stage = stageFacts(i);
        Optional<TierOverride> override =
                Optional.ofNullable(base.customers.get(i).override());
        Explanation explanation = Explanations.explain(
                basis,
                rfmScore,
                base.windowRevenue[i],
                rule,
                clvEstimate,
                value,
                stage,
                churnAssessment,
                decision,
                override);
        return new CustomerScore(
                base.customers.get(i).code(),
                rfmScore,
                rule.segment(),
                stage.stage(),
                clvEstimate,
                churnAssessment,
                value,
                decision,
                explanation);
    }

    private StageFacts stageFacts(int i) {
        LifecycleRule rule = stages.reasons[i];
        LifecycleRules rules = policy.lifecycle();
        double gap = base.purchased[i] ? cadence.usualGapDays(i) : Double.NaN;
        boolean own = cadence.isOwnGap(i);
        return switch (rule) {
            case FIRST_PURCHASE_RECENT -> facts(rule, base.ageDays[i], rules.newWithinDays(), gap, own);
            case NO_PURCHASE_YET, NEVER_PURCHASED -> facts(rule, base.tenureDays[i], rules.newWithinDays(), gap, own);
            case SILENT_TOO_LONG ->
                new StageFacts(
                        rule,
                        base.recencyDays[i],
                        Math.max(rules.churnedAfterDays(), rules.churnedGapMultiple() * gap),
                        rules.churnedGapMultiple(),
                        gap,
                        own);
            case MODEL_SAYS_GONE -> facts(rule, clv.probabilityAlive[i], rules.churnedBelowPAlive(), gap, own);
            case OVERDUE ->
                new StageFacts(
                        rule,
                        base.recencyDays[i],
                        rules.decliningGapMultiple() * gap,
                        rules.decliningGapMultiple(),
                        gap,
                        own);
            case SPEND_FELL -> facts(rule, base.customers.get(i).trend().drop(), rules.decliningSpendDrop(), gap, own);
            case MODEL_SAYS_FADING -> facts(rule, clv.probabilityAlive[i], rules.decliningBelowPAlive(), gap, own);
            case YOUNG_RELATIONSHIP -> facts(rule, base.ageDays[i], rules.growingWithinDays(), gap, own);
            case SPEND_ROSE -> facts(rule, base.customers.get(i).trend().growth(), rules.growingSpendRise(), gap, own);
            case STEADY -> facts(rule, 0, 0, gap, own);
        };
    }

    private static StageFacts facts(LifecycleRule rule, double observed, double threshold, double gap, boolean own) {
        return new StageFacts(rule, observed, threshold, Double.NaN, gap, own);
    }

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
