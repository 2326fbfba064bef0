package com.strata.tiering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.Hysteresis;
import com.strata.policy.TierLadder;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TierAssignerTest {

    private static final int DIAMOND = 0;
    private static final int PLATINUM = 1;
    private static final int GOLD = 2;
    private static final int SILVER = 3;
    private static final int BRONZE = 4;
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    private final TierAssigner assigner = new TierAssigner(TierLadder.defaults(), Hysteresis.defaults());

    /** Runs the assigner over consecutive runs, feeding each decision back as the next run's history. */
    private TierDecision[] runs(TierAssigner tiers, String startTier, int... proposed) {
        TierDecision[] decisions = new TierDecision[proposed.length];
        TierHistory history = startTier == null ? null : new TierHistory(startTier, 0);
        for (int i = 0; i < proposed.length; i++) {
            decisions[i] = tiers.decide(proposed[i], history, null, AS_OF.plusMonths(i));
            history = decisions[i].historyForNextRun();
        }
        return decisions;
    }

    @Test
    void firstClassificationTakesTheProposedTier() {
        TierDecision decision = assigner.decide(GOLD, null, null, AS_OF);

        assertEquals("Gold", decision.assigned());
        assertEquals(DecisionRule.FIRST_CLASSIFICATION, decision.rule());
        assertTrue(decision.change().isEmpty());
    }

    @Test
    void upgradeAppliesInTheSameRun() {
        TierDecision decision = assigner.decide(PLATINUM, new TierHistory("Silver", 1), null, AS_OF);

        assertEquals("Platinum", decision.assigned());
        assertEquals(DecisionRule.UPGRADED, decision.rule());
        assertEquals(0, decision.runsQualifiedLower());
        TierChange change = decision.change().orElseThrow();
        assertEquals("Silver", change.from());
        assertEquals(TierChange.Direction.UP, change.direction());
    }

    @Test
    void downgradeWaitsForTwoRunsBelowThreshold() {
        TierDecision[] decisions = runs(assigner, "Gold", SILVER, SILVER);

        assertEquals("Gold", decisions[0].assigned());
        assertEquals(DecisionRule.HELD, decisions[0].rule());
        assertEquals("Silver", decisions[1].assigned());
        assertEquals(DecisionRule.DOWNGRADED, decisions[1].rule());
        assertEquals(
                TierChange.Direction.DOWN, decisions[1].change().orElseThrow().direction());
    }

    @Test
    void downgradeWarningIsRaisedOneRunBeforeTheDowngrade() {
        TierDecision[] decisions = runs(assigner, "Gold", SILVER, SILVER);

        assertTrue(decisions[0].downgradeWarning());
        assertFalse(decisions[1].downgradeWarning());
    }

    @Test
    void qualifyingAgainBetweenLowerRunsStartsTheCountOver() {
        TierDecision[] decisions = runs(assigner, "Gold", SILVER, GOLD, SILVER, SILVER);

        assertEquals("Gold", decisions[2].assigned());
        assertEquals(1, decisions[2].runsQualifiedLower());
        assertEquals("Silver", decisions[3].assigned());
    }

    @Test
    void downgradeFallsOneTierPerRun() {
        TierDecision[] decisions = runs(assigner, "Diamond", BRONZE, BRONZE, BRONZE, BRONZE, BRONZE, BRONZE);

        String[] assigned = new String[decisions.length];
        for (int i = 0; i < decisions.length; i++) {
            assigned[i] = decisions[i].assigned();
        }
        assertEquals(
                java.util.List.of("Diamond", "Platinum", "Gold", "Silver", "Bronze", "Bronze"),
                java.util.List.of(assigned));
        assertTrue(decisions[1].downgradeWarning(), "still qualifying lower after a step warns of the next one");
        assertFalse(decisions[4].downgradeWarning());
    }

    @Test
    void withoutTheOneTierLimitTheDowngradeGoesStraightToTheProposedTier() {
        TierAssigner free = new TierAssigner(TierLadder.defaults(), new Hysteresis(2, false));

        TierDecision[] decisions = runs(free, "Diamond", BRONZE, BRONZE);

        assertEquals("Bronze", decisions[1].assigned());
    }

    @Test
    void aThreeRunPolicyWarnsOnlyOnTheSecondLowerRun() {
        TierAssigner patient = new TierAssigner(TierLadder.defaults(), new Hysteresis(3, true));

        TierDecision[] decisions = runs(patient, "Gold", SILVER, SILVER, SILVER);

        assertFalse(decisions[0].downgradeWarning());
        assertTrue(decisions[1].downgradeWarning());
        assertEquals("Gold", decisions[1].assigned());
        assertEquals("Silver", decisions[2].assigned());
    }

    @Test
    void aOneRunPolicyDowngradesAtOnce() {
        TierAssigner impatient = new TierAssigner(TierLadder.defaults(), new Hysteresis(1, true));

        assertEquals(
                "Silver",
                impatient
                        .decide(SILVER, new TierHistory("Gold", 0), null, AS_OF)
                        .assigned());
    }

    @Test
    void overrideWinsUntilItExpiresThenTheNextRunReturnsTheComputedTierWithoutHysteresis() {
        TierOverride pin = new TierOverride("Diamond", AS_OF, "strategic account", "s.chen");

        TierDecision pinned = assigner.decide(BRONZE, new TierHistory("Silver", 0), pin, AS_OF);
        TierDecision afterExpiry = assigner.decide(BRONZE, pinned.historyForNextRun(), pin, AS_OF.plusDays(1));

        assertEquals("Diamond", pinned.assigned());
        assertEquals("Bronze", pinned.proposed());
        assertEquals(DecisionRule.OVERRIDDEN, pinned.rule());
        assertEquals(Optional.of("s.chen"), pinned.change().orElseThrow().approvedBy());
        assertEquals("Bronze", afterExpiry.assigned(), "four tiers down at once: the pin held no computed tier");
        assertEquals(DecisionRule.OVERRIDE_ENDED, afterExpiry.rule());
        assertEquals(
                TierChange.Direction.DOWN, afterExpiry.change().orElseThrow().direction());
        assertTrue(afterExpiry.change().orElseThrow().approvedBy().isEmpty());
        assertEquals(0, afterExpiry.runsQualifiedLower());
        assertEquals(Optional.of(pin), afterExpiry.expiredOverride());
    }

    @Test
    void anEndedOverrideThatHeldACustomerLowLetsThemUpAtOnce() {
        TierOverride hold = new TierOverride("Bronze", AS_OF.minusDays(1), "credit hold", "s.chen");

        TierDecision decision = assigner.decide(GOLD, new TierHistory("Bronze", 0), hold, AS_OF);

        assertEquals("Gold", decision.assigned());
        assertEquals(DecisionRule.OVERRIDE_ENDED, decision.rule());
    }

    @Test
    void overrideCanAlsoHoldACustomerBelowWhatTheyQualifyFor() {
        TierOverride pin = new TierOverride("Silver", AS_OF.plusMonths(1), "credit hold", null);

        TierDecision decision = assigner.decide(DIAMOND, new TierHistory("Silver", 0), pin, AS_OF);

        assertEquals("Silver", decision.assigned());
        assertTrue(decision.change().isEmpty());
    }

    @Test
    void aPreviousTierTheLadderNoLongerHasCountsAsFirstClassification() {
        TierDecision decision = assigner.decide(GOLD, new TierHistory("Titanium", 3), null, AS_OF);

        assertEquals(DecisionRule.FIRST_CLASSIFICATION, decision.rule());
        assertEquals("Gold", decision.assigned());
    }
}
