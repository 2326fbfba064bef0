package com.strata.scoring;

import com.strata.tiering.TierDecision;

/** One customer's result in one run (the glossary's CustomerScore), with the explanation of how it came about. */
public record CustomerScore(
        String customerCode,
        RfmScore rfm,
        Segment segment,
        LifecycleStage stage,
        ClvEstimate clv,
        ChurnAssessment churn,
        ValueIndex value,
        TierDecision tier,
        Explanation explanation) {}
