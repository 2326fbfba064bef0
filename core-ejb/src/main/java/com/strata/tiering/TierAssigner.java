package com.strata.tiering;

import com.strata.policy.Hysteresis;
import com.strata.policy.TierLadder;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Decides a customer's assigned tier from the tier they qualify for, their previous tier and any override.
 *
 * <ul>
 *   <li>An override active on the as-of date wins, and resets the count of lower runs.
 *   <li>Without a known previous tier the proposed tier applies.
 *   <li>Qualifying higher upgrades at once; qualifying for the same tier resets the count.
 *   <li>Qualifying lower adds one to the count of consecutive lower runs. Once it reaches the policy's N the
 *       customer moves down, one tier per run when the policy says so; while they still qualify lower after that
 *       step the count stays at N or above, so each further run takes one more step.
 *   <li>The downgrade warning is raised when qualifying lower once more would move the customer down.
 * </ul>
 * An override that has ended (expired, or ended early) when the run's as-of date comes returns the customer to the
 * tier they qualify for at once, whichever way that moves them: the pin replaced the computed tier, so hysteresis has
 * nothing to hold on to (issue 12: "after expiry the next run returns the customer to the computed tier"). An override
 * or previous tier that this ladder does not name (the ladder was changed) is ignored.
 */
public final class TierAssigner {

    private final TierLadder ladder;
    private final Hysteresis hysteresis;

    public TierAssigner(TierLadder ladder, Hysteresis hysteresis) {
        this.ladder = ladder;
        this.hysteresis = hysteresis;
    }

    public TierDecision decide(int proposed, TierHistory history, TierOverride override, LocalDate asOf) {
        int previous = history == null ? -1 : ladder.rankOf(history.assignedTier());
        int pinned = override == null ? -1 : ladder.rankOf(override.tier());
        if (pinned >= 0 && override.isActiveOn(asOf)) {
            return decision(
                    proposed,
                    pinned,
                    previous,
                    DecisionRule.OVERRIDDEN,
                    false,
                    0,
                    Optional.ofNullable(override.approvedBy()),
                    Optional.empty());
        }
        Optional<TierOverride> expired = Optional.ofNullable(override).filter(o -> !o.isActiveOn(asOf));
        if (pinned >= 0 && expired.isPresent()) {
            return decision(
                    proposed, proposed, previous, DecisionRule.OVERRIDE_ENDED, false, 0, Optional.empty(), expired);
        }
        if (previous < 0) {
            return decision(
                    proposed,
                    proposed,
                    previous,
                    DecisionRule.FIRST_CLASSIFICATION,
                    false,
                    0,
                    Optional.empty(),
                    expired);
        }
        if (proposed < previous) {
            return decision(proposed, proposed, previous, DecisionRule.UPGRADED, false, 0, Optional.empty(), expired);
        }
        if (proposed == previous) {
            return decision(proposed, previous, previous, DecisionRule.KEPT, false, 0, Optional.empty(), expired);
        }
        int runs = history.runsQualifiedLower() + 1;
        int needed = hysteresis.downgradeAfterRuns();
        if (runs < needed) {
            return decision(
                    proposed,
                    previous,
                    previous,
                    DecisionRule.HELD,
                    runs + 1 >= needed,
                    runs,
                    Optional.empty(),
                    expired);
        }
        int assigned = hysteresis.oneTierPerRun() ? previous + 1 : proposed;
        boolean stillLower = proposed > assigned;
        return decision(
                proposed,
                assigned,
                previous,
                DecisionRule.DOWNGRADED,
                stillLower,
                stillLower ? runs : 0,
                Optional.empty(),
                expired);
    }

    private TierDecision decision(
            int proposed,
            int assigned,
            int previous,
            DecisionRule rule,
            boolean warning,
            int runs,
            Optional<String> approvedBy,
            Optional<TierOverride> expired) {
        Optional<TierChange> change = Optional.empty();
        if (previous >= 0 && previous != assigned) {
            change = Optional.of(
                    TierChange.between(ladder, ladder.tier(previous), ladder.tier(assigned), rule, approvedBy));
        }
        return new TierDecision(
                ladder.tier(proposed),
                ladder.tier(assigned),
                rule,
                warning,
                runs,
                previous < 0 ? Optional.empty() : Optional.of(ladder.tier(previous)),
                change,
                expired);
    }
}
