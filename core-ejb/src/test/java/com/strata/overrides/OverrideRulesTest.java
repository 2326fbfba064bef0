package com.strata.overrides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.refusal.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverrideRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final List<String> TIERS = List.of("Diamond", "Platinum", "Gold", "Silver", "Bronze");

    private static List<String> problems(String tier, String text, LocalDate starts, LocalDate expires) {
        return Problem.sentences(OverrideRules.problems(
                new OverrideRequest(tier, ReasonCategory.STRATEGIC, text, starts, expires), TODAY, TIERS));
    }

    @Test
    void aRequestFromTodayToTwelveMonthsAheadIsFine() {
        assertEquals(List.of(), problems("Gold", "reference customer", TODAY, TODAY.plusMonths(12)));
        assertEquals(List.of(), problems("Gold", "one day", TODAY.plusDays(3), TODAY.plusDays(3)));
    }

    @Test
    void anExpiryBeyondTwelveMonthsNamesTheFieldTheLimitAndTheValue() {
        assertEquals(
                List.of("expiresOn: must be at most 12 months ahead (2027-03-15 at the latest), found 2027-03-16"),
                problems("Gold", "reference customer", TODAY, LocalDate.of(2027, 3, 16)));
    }

    @Test
    void everyWrongFieldIsNamedWithItsValue() {
        List<String> problems = Problem.sentences(OverrideRules.problems(
                new OverrideRequest("Titanium", null, " ", TODAY.minusDays(1), TODAY.minusDays(2)), TODAY, TIERS));

        assertEquals(
                List.of(
                        "tier: must be one of Diamond, Platinum, Gold, Silver, Bronze, found \"Titanium\"",
                        "reasonCategory: choose one of [STRATEGIC, RETENTION, CONTRACT, CREDIT_HOLD, DATA_ISSUE,"
                                + " OTHER]",
                        "reasonText: is missing",
                        "startsOn: must be today (2026-03-15) or later, found 2026-03-14",
                        "expiresOn: must be on or after the start date 2026-03-14, found 2026-03-13"),
                problems);
    }

    @Test
    void missingDatesAndAnOverlongReasonAreProblems() {
        List<String> problems = problems("Gold", "x".repeat(1001), null, null);

        assertEquals(
                List.of(
                        "reasonText: must be at most 1000 characters, found 1001",
                        "startsOn: is missing",
                        "expiresOn: is missing"),
                problems);
    }

    @Test
    void aRejectionNeedsACommentAnApprovalDoesNot() {
        assertEquals(List.of("comment: is missing"), Problem.sentences(OverrideRules.commentProblems("  ", true)));
        assertTrue(Problem.sentences(OverrideRules.commentProblems(null, false)).isEmpty());
    }
}
