package com.strata.scoring;

import com.strata.policy.AhpWeights;
import com.strata.policy.ClassificationPolicy;
import com.strata.policy.Indicator;
import com.strata.tiering.TierCutoffs;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a run's explanations draw on besides each customer's own figures: the policy, the base means, the value
 * index's AHP weights, the run's tier cut-offs and the percentile curves of the indicators a next step is told in
 * (window revenue, frequency; empty for runs stored before they were kept). The engine builds it once per run; a
 * stored score is explained again from it and the score's own columns, so a run stores facts and never text.
 */
public record ExplanationBasis(
        ClassificationPolicy policy,
        BaseMeans means,
        AhpWeights weights,
        TierCutoffs cutoffs,
        Map<Indicator, PercentileCurve> curves) {

    public ExplanationBasis {
        curves = curves.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(curves));
    }

    /** The basis of a finished run, from its policy and what its diagnostics kept. */
    public static ExplanationBasis of(
            ClassificationPolicy policy,
            BaseMeans means,
            List<TierThreshold> thresholds,
            Map<Indicator, PercentileCurve> curves) {
        double[] cutoffs = thresholds.stream()
                .mapToDouble(TierThreshold::minimumValueIndex)
                .toArray();
        return new ExplanationBasis(
                policy, means, policy.valueIndex().dimensionWeights(), TierCutoffs.of(policy.tiers(), cutoffs), curves);
    }
}
