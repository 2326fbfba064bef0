package com.strata.policy;

import java.util.Objects;

/**
 * Everything the engine needs to know to score and tier a base: one immutable value, so a run is fully determined
 * by its input, this policy and the as-of date. {@link #defaults()} gives the shipped defaults; the {@code with...}
 * methods change one option.
 */
public record ClassificationPolicy(
        Window window,
        FrequencyMeasure frequency,
        MonetaryMeasure monetary,
        RfmBinning binning,
        SegmentScheme segmentScheme,
        ClvOptions clv,
        ValueIndexOptions valueIndex,
        TierLadder tiers,
        Hysteresis hysteresis,
        LifecycleRules lifecycle,
        ChurnRules churn) {

    public ClassificationPolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(monetary, "monetary");
        Objects.requireNonNull(binning, "binning");
        Objects.requireNonNull(segmentScheme, "segmentScheme");
        Objects.requireNonNull(clv, "clv");
        Objects.requireNonNull(valueIndex, "valueIndex");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(hysteresis, "hysteresis");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(churn, "churn");
    }

    /**
     * Rolling 12 months, distinct purchase days, summed amount, quintiles, the RF grid, weekly model with a 12-month
     * horizon at 10%, the consistent AHP default, tiers by top shares 1/4/15/30/rest, downgrade after 2 runs one tier
     * at a time, and the lifecycle and churn defaults.
     */
    public static ClassificationPolicy defaults() {
        return new ClassificationPolicy(
                Window.rollingMonths(12),
                FrequencyMeasure.DISTINCT_DAYS,
                MonetaryMeasure.SUM,
                RfmBinning.quintiles(),
                SegmentScheme.RF_GRID,
                ClvOptions.defaults(),
                ValueIndexOptions.defaults(),
                TierLadder.defaults(),
                Hysteresis.defaults(),
                LifecycleRules.defaults(),
                ChurnRules.defaults());
    }

    public ClassificationPolicy withWindow(Window value) {
        return new ClassificationPolicy(
                value,
                frequency,
                monetary,
                binning,
                segmentScheme,
                clv,
                valueIndex,
                tiers,
                hysteresis,
                lifecycle,
                churn);
    }

    public ClassificationPolicy withFrequency(FrequencyMeasure value) {
        return new ClassificationPolicy(
                window, value, monetary, binning, segmentScheme, clv, valueIndex, tiers, hysteresis, lifecycle, churn);
    }

    public ClassificationPolicy withMonetary(MonetaryMeasure value) {
        return new ClassificationPolicy(
                window, frequency, value, binning, segmentScheme, clv, valueIndex, tiers, hysteresis, lifecycle, churn);
    }

    public ClassificationPolicy withBinning(RfmBinning value) {
        return new ClassificationPolicy(
                window,
                frequency,
                monetary,
                value,
                segmentScheme,
                clv,
                valueIndex,
                tiers,
                hysteresis,
                lifecycle,
                churn);
    }

    public ClassificationPolicy withSegmentScheme(SegmentScheme value) {
        return new ClassificationPolicy(
                window, frequency, monetary, binning, value, clv, valueIndex, tiers, hysteresis, lifecycle, churn);
    }

    public ClassificationPolicy withClv(ClvOptions value) {
        return new ClassificationPolicy(
                window,
                frequency,
                monetary,
                binning,
                segmentScheme,
                value,
                valueIndex,
                tiers,
                hysteresis,
                lifecycle,
                churn);
    }

    public ClassificationPolicy withValueIndex(ValueIndexOptions value) {
        return new ClassificationPolicy(
                window, frequency, monetary, binning, segmentScheme, clv, value, tiers, hysteresis, lifecycle, churn);
    }

    public ClassificationPolicy withTiers(TierLadder value) {
        return new ClassificationPolicy(
                window,
                frequency,
                monetary,
                binning,
                segmentScheme,
                clv,
                valueIndex,
                value,
                hysteresis,
                lifecycle,
                churn);
    }

    public ClassificationPolicy withHysteresis(Hysteresis value) {
        return new ClassificationPolicy(
                window, frequency, monetary, binning, segmentScheme, clv, valueIndex, tiers, value, lifecycle, churn);
    }

    public ClassificationPolicy withLifecycle(LifecycleRules value) {
        return new ClassificationPolicy(
                window, frequency, monetary, binning, segmentScheme, clv, valueIndex, tiers, hysteresis, value, churn);
    }

    public ClassificationPolicy withChurn(ChurnRules value) {
        return new ClassificationPolicy(
                window,
                frequency,
                monetary,
                binning,
                segmentScheme,
                clv,
                valueIndex,
                tiers,
                hysteresis,
                lifecycle,
                value);
    }
}
