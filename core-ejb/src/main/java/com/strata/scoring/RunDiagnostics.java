package com.strata.scoring;

import com.strata.policy.AhpWeights;
import com.strata.policy.Indicator;
import com.strata.scoring.clv.BgNbdFit;
import com.strata.scoring.clv.Diagnostic;
import com.strata.scoring.clv.GammaGammaFit;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a run reports about itself: the fitted models, the AHP weights and consistency ratio in use, this run's tier
 * thresholds, the base means the segments compare with, the base's median gap between purchase days, what could not
 * be done or needs care in reading (as facts to render in the reader's language), and the percentile curves a next
 * step is translated with.
 */
public record RunDiagnostics(
        LocalDate asOf,
        int customers,
        BgNbdFit purchaseModel,
        GammaGammaFit spendModel,
        AhpWeights valueWeights,
        List<TierThreshold> tierThresholds,
        BaseMeans baseMeans,
        double medianGapDays,
        List<Diagnostic> messages,
        Map<Indicator, PercentileCurve> valueCurves) {

    public RunDiagnostics {
        tierThresholds = List.copyOf(tierThresholds);
        messages = List.copyOf(messages);
        valueCurves = valueCurves.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(valueCurves));
    }
}
