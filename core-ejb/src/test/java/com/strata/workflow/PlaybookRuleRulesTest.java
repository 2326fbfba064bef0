package com.strata.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.refusal.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a playbook rule may hold: each problem names the field and the value. */
class PlaybookRuleRulesTest {

    private static final Set<String> TIERS = Set.of("Diamond", "Gold");
    private static final Set<String> OWNERS = Set.of("manager", "supervisor");

    @Test
    void aCompleteRuleHasNoProblems() {
        assertEquals(
                List.of(),
                Problem.sentences(PlaybookRuleRules.problems(
                        new PlaybookRuleChange(
                                PlaybookTrigger.ENTERED_TIER,
                                "Gold",
                                "Gold welcome",
                                "黄金欢迎",
                                5,
                                "supervisor",
                                true,
                                null),
                        TIERS,
                        OWNERS)));
    }

    @Test
    void eachProblemNamesItsFieldAndValue() {
        assertEquals(
                List.of(
                        "tier: is missing; the trigger ENTERED_TIER needs the tier entered",
                        "titleEn: is missing",
                        "titleZh: at most 200 characters, found 201",
                        "dueDays: must be from 0 to 365, found 366",
                        "fallbackOwner: \"agent\" is not an active account manager or supervisor"),
                Problem.sentences(PlaybookRuleRules.problems(
                        new PlaybookRuleChange(
                                PlaybookTrigger.ENTERED_TIER, " ", "", "长".repeat(201), 366, "agent", true, null),
                        TIERS,
                        OWNERS)));
        assertEquals(
                List.of("trigger: is missing", "tier: \"Copper\" is not a tier of the ladder [Diamond, Gold]"),
                Problem.sentences(PlaybookRuleRules.problems(
                        new PlaybookRuleChange(null, "Copper", "a", "b", 0, null, false, null),
                        new java.util.TreeSet<>(TIERS),
                        OWNERS)));
    }
}
