package com.strata.scoring;

import com.strata.policy.ClassificationPolicy;
import com.strata.scoring.clv.Diagnostic;
import com.strata.scoring.clv.DiagnosticCode;
import com.strata.tiering.TierAssigner;
import com.strata.tiering.TierCutoffs;
import com.strata.tiering.TierDecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Classifies a customer base under one policy as of one date (README, The classification engine): RFM scores and segments, CLV with both
 * model fits, value index, lifecycle stage, churn risk, tiers with hysteresis and overrides, and an explanation per
 * customer. Stateless and thread-safe; the same input, policy and as-of date always give the same result.
 *
 * <pre>
 *   ClassificationResult run = new ClassificationEngine(ClassificationPolicy.defaults())
 *           .classify(summaries, LocalDate.of(2025, 3, 31));
 *   run.diagnostics().purchaseModel();   // BG/NBD estimates, log-likelihood, convergence
 *   run.scores().forEach(score -> ...);  // one CustomerScore per summary, in input order
 * </pre>
 */
public final class ClassificationEngine {

    private final ClassificationPolicy policy;

    public ClassificationEngine(ClassificationPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Scores every customer. The summaries' window figures must be aggregated over the policy's window ending on
     * {@code asOf}, and no purchase may be dated after it.
     *
     * @throws IllegalArgumentException naming the customer and field when a summary is impossible
     */
    public ClassificationResult classify(List<CustomerSummary> customers, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        CustomerColumns base = CustomerColumns.of(customers, policy, asOf);
        RfmScores rfm = RfmScores.of(base, policy.binning());
        Segmentation segmentation = Segmentation.of(policy.segmentScheme(), base, rfm);
        ClvEstimates clv = ClvEstimates.of(base, policy.clv());
        ValueIndexes values = ValueIndexes.of(base, clv, policy.valueIndex());
        PurchaseCadence cadence = new PurchaseCadence(base);
        LifecycleStages stages = LifecycleStages.of(base, clv, cadence, policy.lifecycle());
        ChurnRisks churn = ChurnRisks.of(base, clv, cadence, policy.churn());
        TierCutoffs cutoffs = TierCutoffs.resolve(policy.tiers(), values.index);
        TierAssigner assigner = new TierAssigner(policy.tiers(), policy.hysteresis());
        TierDecision[] decisions = new TierDecision[base.size];
        IntStream.range(0, base.size).parallel().forEach(i -> {
            CustomerSummary customer = base.customers.get(i);
            decisions[i] = assigner.decide(
                    cutoffs.rankFor(values.index[i]), customer.tierHistory(), customer.override(), asOf);
        });
        RunDiagnostics diagnostics = new RunDiagnostics(
                asOf,
                base.size,
                clv.purchaseFit,
                clv.spendFit,
                values.weights,
                thresholds(cutoffs),
                new BaseMeans(segmentation.meanRecencyDays, segmentation.meanFrequency, segmentation.meanMonetary),
                cadence.baseMedianDays(),
                messages(clv),
                values.curves);
        ScoreAssembler assembler = new ScoreAssembler(
                policy,
                base,
                rfm,
                segmentation,
                clv,
                values,
                stages,
                churn,
                cadence,
                cutoffs,
                decisions,
                diagnostics.baseMeans());
        return new ClassificationResult(diagnostics, assembler, base.size);
    }

    private List<TierThreshold> thresholds(TierCutoffs cutoffs) {
        List<TierThreshold> thresholds = new ArrayList<>();
        for (int k = 0; k < policy.tiers().size(); k++) {
            thresholds.add(new TierThreshold(policy.tiers().tier(k), cutoffs.cutoff(k)));
        }
        return thresholds;
    }

    private static List<Diagnostic> messages(ClvEstimates clv) {
        List<Diagnostic> messages = new ArrayList<>();
        clv.purchaseFit.problem().ifPresent(messages::add);
        clv.spendFit.problem().ifPresent(messages::add);
        messages.addAll(clv.spendFit.warnings());
        if (!clv.purchaseFit.isFitted()) {
            messages.add(Diagnostic.of(DiagnosticCode.NO_PURCHASE_MODEL));
        }
        if (!clv.purchaseFit.isFitted() || !clv.spendFit.isFitted()) {
            messages.add(Diagnostic.of(DiagnosticCode.NO_PREDICTED_CLV));
        }
        return messages;
    }
}
