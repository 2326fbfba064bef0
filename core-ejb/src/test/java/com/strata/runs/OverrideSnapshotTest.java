package com.strata.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.strata.policy.ClassificationPolicy;
import com.strata.policy.Hysteresis;
import com.strata.policy.TierLadder;
import com.strata.scoring.CustomerSummary;
import com.strata.tiering.DecisionRule;
import com.strata.tiering.TierAssigner;
import com.strata.tiering.TierDecision;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An override's life inside runs, on the real migrations: the run's snapshot carries the approved override in force
 * on its as-of date, and the engine pins it; once the override has ended, the next run's snapshot carries it as ended
 * and the engine returns the customer to the tier they qualify for; the run after that no longer sees it.
 */
abstract class OverrideSnapshotTest extends RunDatabaseTest {

    OverrideSnapshotTest(MigratedDatabases.MigratedDatabase database) {
        super(database);
    }

    /** The as-of date of the APPLY run (id 1) the base class records. */
    private static final LocalDate FIRST_RUN = LocalDate.of(2026, 6, 30);

    private static final ClassificationPolicy POLICY = ClassificationPolicy.defaults();
    private static final int BRONZE = TierLadder.defaults().rankOf("Bronze");

    private final TierAssigner tiers = new TierAssigner(TierLadder.defaults(), Hysteresis.defaults());

    @Test
    void anApprovedOverrideInForceIsPinnedByTheRun() throws SQLException {
        customer(1, "Silver");
        override(1, "Diamond", "APPROVED", "2026-06-01", "2026-12-31", "supervisor");

        CustomerSummary summary = snapshot(1, FIRST_RUN);
        TierDecision decision = tiers.decide(BRONZE, summary.tierHistory(), summary.override(), FIRST_RUN);

        assertEquals("Diamond", summary.override().tier());
        assertEquals(LocalDate.of(2026, 12, 31), summary.override().expiresOn());
        assertEquals("supervisor", summary.override().approvedBy());
        assertEquals("Diamond", decision.assigned());
        assertEquals(DecisionRule.OVERRIDDEN, decision.rule());
    }

    @Test
    void theFirstRunAfterExpiryReturnsTheComputedTierAndTheOneAfterNoLongerSeesTheOverride() throws SQLException {
        customer(1, "Diamond");
        override(1, "Diamond", "APPROVED", "2026-06-01", "2026-07-15", "supervisor");
        completeFirstRun();
        LocalDate afterExpiry = LocalDate.of(2026, 7, 31);

        CustomerSummary next = snapshot(2, afterExpiry);
        TierDecision decision = tiers.decide(BRONZE, next.tierHistory(), next.override(), afterExpiry);

        assertEquals("Bronze", decision.assigned(), "no hysteresis: the pinned tier was never computed");
        assertEquals(DecisionRule.OVERRIDE_ENDED, decision.rule());
        complete(2);
        execute("UPDATE customer_tier SET tier = 'Bronze' WHERE customer_id = 1");
        assertNull(snapshot(3, afterExpiry.plusMonths(1)).override(), "released once, by the run after expiry");
    }

    @Test
    void anOverrideEndedEarlyCountsAsEndedFromItsLastDay() throws SQLException {
        customer(1, "Gold");
        override(1, "Platinum", "ENDED", "2026-05-01", "2026-06-14", "supervisor");
        execute("UPDATE tier_override SET expires_on = DATE '2027-01-31'");

        CustomerSummary summary = snapshot(1, FIRST_RUN);

        assertEquals(LocalDate.of(2026, 6, 14), summary.override().expiresOn());
        assertEquals(
                DecisionRule.OVERRIDE_ENDED,
                tiers.decide(BRONZE, summary.tierHistory(), summary.override(), FIRST_RUN)
                        .rule());
    }

    @Test
    void pendingRejectedAndNotYetStartedOverridesAreNotPinned() throws SQLException {
        customer(1, "Gold");
        customer(2, "Gold");
        customer(3, "Gold");
        customer(4, "Gold");
        override(1, "Diamond", "PENDING", "2026-06-01", "2026-12-31", null);
        override(2, "Diamond", "REJECTED", "2026-06-01", "2026-12-31", "supervisor");
        override(3, "Diamond", "APPROVED", "2026-07-01", "2026-12-31", "supervisor");
        // Ended on the day it was to start: never in force, so nothing to return from.
        override(4, "Diamond", "ENDED", "2026-06-20", "2026-06-19", "supervisor");

        RunBase base = snapshotBase(1, FIRST_RUN);

        for (CustomerSummary summary : base.summaries()) {
            assertNull(summary.override(), summary.code());
        }
    }

    @Test
    void theOverrideInForceWinsOverOneThatEndedBeforeIt() throws SQLException {
        customer(1, "Gold");
        override(1, "Silver", "APPROVED", "2026-06-01", "2026-06-10", "supervisor");
        override(1, "Platinum", "APPROVED", "2026-06-11", "2026-09-30", "admin");

        CustomerSummary summary = snapshot(1, FIRST_RUN);

        assertEquals("Platinum", summary.override().tier());
        assertEquals("admin", summary.override().approvedBy());
    }

    private CustomerSummary snapshot(long runId, LocalDate asOf) throws SQLException {
        return snapshotBase(runId, asOf).summaries().get(0);
    }

    private RunBase snapshotBase(long runId, LocalDate asOf) throws SQLException {
        if (runId > 1) {
            execute("INSERT INTO classification_run (id, mode, status, policy_version, as_of, started_by, started_at)"
                    + " VALUES (" + runId + ", 'APPLY', 'RUNNING', 1, DATE '" + asOf + "', 'test', CURRENT_TIMESTAMP)");
        }
        RunInputs.snapshot(db, runId, asOf, POLICY);
        return RunInputs.load(db, runId);
    }

    private void completeFirstRun() throws SQLException {
        complete(1);
    }

    private void complete(long runId) throws SQLException {
        execute("UPDATE classification_run SET status = 'COMPLETED' WHERE id = " + runId);
    }

    private void customer(long id, String liveTier) throws SQLException {
        execute("INSERT INTO customer (id, code, name, kind, status, first_seen) VALUES (" + id + ", 'C" + id
                + "', 'Customer " + id + "', 'PERSON', 'ACTIVE', DATE '2022-01-01')");
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES (" + id + ", '"
                + liveTier + "', 0, DATE '2026-01-01')");
    }

    /** An override whose last day in force is {@code endsOn} (its expiry unless it was ended early). */
    private void override(long customerId, String tier, String status, String startsOn, String endsOn, String by)
            throws SQLException {
        execute("INSERT INTO tier_override (customer_id, tier, reason_category, reason_text, starts_on, expires_on,"
                + " ends_on, status, requested_by, requested_at, decided_by) VALUES (" + customerId + ", '" + tier
                + "', 'STRATEGIC', 'key account', DATE '" + startsOn + "', DATE '" + max(startsOn, endsOn)
                + "', DATE '" + endsOn + "', '" + status + "', 'manager', CURRENT_TIMESTAMP, "
                + (by == null ? "NULL" : "'" + by + "'") + ")");
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
