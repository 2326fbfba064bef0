package com.strata.tiering;

import java.util.Optional;

/**
 * One customer's tier in one run.
 *
 * @param proposed the tier the value index qualifies for this run
 * @param assigned the tier the customer holds after hysteresis and overrides
 * @param downgradeWarning true when the next run moves the customer down unless they qualify for {@code assigned}
 * @param runsQualifiedLower consecutive runs, including this one, qualifying below the tier held; feed back next run
 * @param change present when {@code assigned} differs from the previous run's tier
 * @param expiredOverride an override that no longer applies (so the manager can see why a pin ended)
 */
public record TierDecision(
        String proposed,
        String assigned,
        DecisionRule rule,
        boolean downgradeWarning,
        int runsQualifiedLower,
        Optional<String> previous,
        Optional<TierChange> change,
        Optional<TierOverride> expiredOverride) {

    /** The state the next run needs for hysteresis. */
    public TierHistory historyForNextRun() {
        return new TierHistory(assigned, runsQualifiedLower);
    }
}
