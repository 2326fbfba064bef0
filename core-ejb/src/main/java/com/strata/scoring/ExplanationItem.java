package com.strata.scoring;

/**
 * One line of a customer's explanation: structured values the UI can lay out as it likes, with ready English and
 * Simplified Chinese sentences built from them.
 */
public sealed interface ExplanationItem
        permits RfmFacts, SegmentFacts, ValueFacts, ModelFacts, StageFacts, ChurnFacts, TierFacts, NextStep {

    String english();

    String chinese();
}
