package com.strata.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule → SQL mapping and the day arithmetic of the cadence, without a database. */
class RuleConditionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    @Test
    void theCadenceIsOverdueOnlyForTiersWithOneAndCountsWholeDays() {
        Map<String, Integer> days = new HashMap<>();
        days.put("Diamond", 30);
        days.put("Gold", 90);
        days.put("Bronze", null);

        Map<String, LocalDate> cutoffs = RuleConditions.cadenceCutoffs(days, TODAY);

        assertEquals(Map.of("Diamond", LocalDate.of(2026, 6, 1), "Gold", LocalDate.of(2026, 4, 2)), cutoffs);
    }

    @Test
    void everyCustomerAnEpisodeStartsForIsOneItHoldsFor() {
        for (PlaybookTrigger trigger : PlaybookTrigger.values()) {
            RuleSpec rule = new RuleSpec(1, trigger, trigger.needsTier() ? "Gold" : null, 3, null);
            String starts =
                    RuleConditions.starts(rule, 7L, Map.of("Gold", TODAY)).text();
            String holds = RuleConditions.holds(rule, 7L, Map.of("Gold", TODAY)).text();
            assertTrue(starts.contains("c.status = 'ACTIVE'") && holds.contains("c.status = 'ACTIVE'"), trigger.name());
            if (trigger == PlaybookTrigger.SLA_BREACH) {
                // Starts for a customer among those with a breached ticket; holds while one of theirs stays breached.
                assertTrue(starts.contains(" WHERE c.id IN (" + RuleConditions.BREACHED + ")"), starts);
                assertTrue(
                        holds.contains(" WHERE EXISTS (" + RuleConditions.BREACHED + " AND k.customer_id = c.id)"),
                        holds);
            } else if (trigger.followsTierEvent()) {
                assertTrue(starts.contains("s.assigned_tier = ct.tier"), "starts in the live tier: " + starts);
                assertTrue(holds.contains("ct.tier = task.tier"), "holds while in that tier: " + holds);
            } else {
                String condition = starts.substring(starts.indexOf(" WHERE "));
                assertTrue(holds.contains(condition.substring(0, condition.indexOf(" AND c.status"))), trigger.name());
            }
        }
    }

    @Test
    void theParametersFollowThePlaceholders() {
        RuleSpec cadence = new RuleSpec(5, PlaybookTrigger.CADENCE_OVERDUE, "Gold", 5, "supervisor");
        RuleConditions.Sql sql =
                RuleConditions.starts(cadence, null, new java.util.TreeMap<>(Map.of("Gold", TODAY, "Diamond", TODAY)));

        assertEquals(
                sql.text().chars().filter(c -> c == '?').count(),
                sql.parameters().size());
        assertEquals(Arrays.asList("supervisor", "Diamond", TODAY, "Gold", TODAY, "Gold"), sql.parameters());
    }

    @Test
    void withoutAnAppliedRunNoScoreMatchesAndWithoutACadenceNobodyIsOverdue() {
        RuleSpec churn = new RuleSpec(2, PlaybookTrigger.CHURN_WARNING, null, 3, null);
        assertEquals(List.of(-1L), RuleConditions.holds(churn, null, Map.of()).parameters());

        RuleSpec cadence = new RuleSpec(5, PlaybookTrigger.CADENCE_OVERDUE, null, 5, null);
        assertTrue(RuleConditions.starts(cadence, 3L, Map.of()).text().contains("1 = 0"));
    }

    @Test
    void onlyAContactThatHappenedRestartsTheCadence() {
        for (TaskOutcome outcome : TaskOutcome.values()) {
            assertEquals(outcome != TaskOutcome.NOT_REACHED, outcome.countsAsTouch(), outcome.name());
        }
        assertFalse(TaskOutcome.NOT_REACHED.countsAsTouch());
    }

    @Test
    void anOpenTaskIsOverdueTheDayAfterItsDueDate() {
        assertEquals(TaskBucket.UPCOMING, TaskBucket.of(TODAY.plusDays(1), TODAY));
        assertEquals(TaskBucket.DUE_TODAY, TaskBucket.of(TODAY, TODAY));
        assertEquals(TaskBucket.OVERDUE, TaskBucket.of(TODAY.minusDays(1), TODAY));
    }
}
