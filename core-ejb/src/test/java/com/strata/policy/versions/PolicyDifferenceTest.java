package com.strata.policy.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.ClassificationPolicy;
import com.strata.policy.Hysteresis;
import com.strata.policy.TierLadder;
import com.strata.policy.Window;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDifferenceTest {

    @Test
    void aDocumentComparedWithItselfChangesNothingYetListsEveryOption() {
        List<PolicyDifference.Row> rows =
                PolicyDifference.between(PolicyDocument.defaults(), PolicyDocument.defaults());

        assertTrue(rows.size() > 40, "every leaf option is a row, got " + rows.size());
        assertTrue(rows.stream().noneMatch(PolicyDifference.Row::changed));
        assertTrue(rows.stream()
                .anyMatch(
                        row -> row.path().equals("schedule.hour") && row.left().equals("2")));
    }

    @Test
    void changedOptionsAreNamedByTheirPathWithBothValues() {
        PolicyDocument changed = new PolicyDocument(
                ClassificationPolicy.defaults()
                        .withHysteresis(new Hysteresis(3, true))
                        .withTiers(TierLadder.topShares(
                                List.of("Diamond", "Platinum", "Gold", "Silver", "Bronze"),
                                List.of(0.02, 0.04, 0.15, 0.30))),
                new RunSchedule("0", "4", "*", "*", "*"));

        List<PolicyDifference.Row> changes = PolicyDifference.changes(PolicyDocument.defaults(), changed);

        assertEquals(
                List.of(
                        new PolicyDifference.Row("policy.tiers.thresholds[0]", "0.01", "0.02"),
                        new PolicyDifference.Row("policy.hysteresis.downgradeAfterRuns", "2", "3"),
                        new PolicyDifference.Row("schedule.hour", "2", "4")),
                changes);
    }

    @Test
    void anOptionOnlyOneSideHasIsMissingOnTheOther() {
        PolicyDocument allHistory = new PolicyDocument(
                ClassificationPolicy.defaults().withWindow(Window.allHistory()), RunSchedule.defaults());

        List<PolicyDifference.Row> changes = PolicyDifference.changes(PolicyDocument.defaults(), allHistory);

        assertEquals(
                List.of(
                        new PolicyDifference.Row("policy.window.kind", "Rolling", "AllHistory"),
                        new PolicyDifference.Row("policy.window.months", "12", null)),
                changes);
        assertEquals(
                new PolicyDifference.Row("policy.window.months", null, "12"),
                PolicyDifference.changes(allHistory, PolicyDocument.defaults()).get(1));
    }
}
