package com.strata.overrides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The steps of an override's life and the state it is in on each day. */
class OverrideLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);

    private static OverrideEntry requested(LocalDate starts, LocalDate expires) {
        return new OverrideEntry(
                7,
                new OverrideRequest("Diamond", ReasonCategory.RETENTION, " key account ", starts, expires),
                "manager",
                NOW);
    }

    @Test
    void approvedFromTodayItIsActiveUntilItsExpiryThenExpired() {
        OverrideEntry override = requested(TODAY, TODAY.plusMonths(2));
        assertEquals(OverrideState.PENDING, override.stateOn(TODAY));
        assertEquals("key account", override.getReasonText());

        boolean changesLiveTierNow = override.approve("supervisor", NOW, "ok", TODAY);

        assertTrue(changesLiveTierNow);
        assertEquals(OverrideState.ACTIVE, override.stateOn(TODAY));
        assertEquals(OverrideState.ACTIVE, override.stateOn(TODAY.plusMonths(2)));
        assertEquals(OverrideState.EXPIRED, override.stateOn(TODAY.plusMonths(2).plusDays(1)));
        assertEquals("supervisor", override.getDecidedBy());
    }

    @Test
    void approvedToStartLaterItIsScheduledAndLeavesTheLiveTierToTheRuns() {
        OverrideEntry override = requested(TODAY.plusDays(10), TODAY.plusMonths(2));

        assertFalse(override.approve("supervisor", NOW, null, TODAY));
        assertEquals(OverrideState.SCHEDULED, override.stateOn(TODAY));
        assertEquals(OverrideState.ACTIVE, override.stateOn(TODAY.plusDays(10)));
        assertNull(override.getDecisionComment());
    }

    @Test
    void endedEarlyYesterdayWasItsLastDay() {
        OverrideEntry override = requested(TODAY.minusDays(5), TODAY.plusMonths(2));
        override.approve("supervisor", NOW.minusDays(5), null, TODAY.minusDays(5));

        override.end("manager", NOW, "customer signed the renewal", TODAY);

        assertEquals(OverrideStatus.ENDED, override.getStatus());
        assertEquals(OverrideState.ENDED, override.stateOn(TODAY));
        assertEquals(TODAY.minusDays(1), override.getEndsOn());
        assertEquals(TODAY.plusMonths(2), override.getExpiresOn(), "the requested expiry stays on record");
        assertEquals("customer signed the renewal", override.getEndComment());
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        OverrideEntry approved = requested(TODAY, TODAY.plusMonths(1));
        approved.approve("supervisor", NOW, null, TODAY);
        OverrideEntry rejected = requested(TODAY, TODAY.plusMonths(1));
        rejected.reject("supervisor", NOW, "not a key account", TODAY);

        assertThrows(OverrideRefusedException.class, () -> approved.approve("admin", NOW, null, TODAY));
        assertThrows(OverrideRefusedException.class, () -> approved.reject("admin", NOW, "no", TODAY));
        assertThrows(OverrideRefusedException.class, () -> rejected.approve("admin", NOW, null, TODAY));
        assertEquals(OverrideState.REJECTED, rejected.stateOn(TODAY));
    }

    @Test
    void onlyAnActiveOrScheduledOverrideCanBeEnded() {
        OverrideEntry pending = requested(TODAY, TODAY.plusMonths(1));
        OverrideEntry expired = requested(TODAY.minusMonths(2), TODAY.minusDays(1));
        expired.approve("supervisor", NOW.minusMonths(2), null, TODAY.minusMonths(2));

        OverrideRefusedException refused =
                assertThrows(OverrideRefusedException.class, () -> expired.end("manager", NOW, null, TODAY));
        assertTrue(refused.getMessage().contains("is expired"), refused.getMessage());
        assertThrows(OverrideRefusedException.class, () -> pending.end("manager", NOW, null, TODAY));
    }

    @Test
    void aRequestWhoseExpiryPassedWhileItWaitedCannotBeApproved() {
        OverrideEntry stale = requested(TODAY.minusDays(20), TODAY.minusDays(1));

        assertThrows(OverrideRefusedException.class, () -> stale.approve("supervisor", NOW, null, TODAY));
        assertEquals(OverrideStatus.PENDING, stale.getStatus());
    }
}
