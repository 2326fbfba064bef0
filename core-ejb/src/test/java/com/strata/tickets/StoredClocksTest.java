package com.strata.tickets;

import static com.strata.tickets.DeskTicket.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.sla.ClockState;
import org.junit.jupiter.api.Test;

/**
 * The stored SLA columns after each event of a ticket's life, on the default calendar (Asia/Shanghai, Monday to
 * Friday 09:00–18:00). 2026-03-02 is a Monday. A Diamond ticket: first response 1 business hour, resolution 8.
 */
class StoredClocksTest {

    @Test
    void aNewTicketStoresDueInstantsInBusinessHoursAndTheNearestAsNextDue() {
        DeskTicket desk = new DeskTicket("2026-03-02T17:10", 60, 480);
        Ticket t = desk.ticket;

        assertEquals(ClockState.RUNNING, t.getFirstResponseState());
        assertEquals("2026-03-03T09:10", local(t.getFirstResponseDueAt()));
        assertEquals("2026-03-02T17:55", local(t.getFirstResponseWarnAt()), "45 of 60 minutes used");
        assertEquals("2026-03-03T16:10", local(t.getResolutionDueAt()));
        assertEquals("2026-03-03T09:10", local(t.getNextDueAt()));
        assertEquals(60, t.getFirstResponseTargetMinutes());
        assertEquals(480, t.getResolutionTargetMinutes());
        assertFalse(t.isBreached());
    }

    @Test
    void waitingOnTheCustomerPausesBothClocksAndResumingShiftsTheirDueInstants() {
        DeskTicket desk = new DeskTicket("2026-03-02T10:00", 60, 480)
                .move(TicketStatus.OPEN, "2026-03-02T10:10")
                .move(TicketStatus.WAITING_ON_CUSTOMER, "2026-03-02T10:20");
        Ticket t = desk.ticket;
        assertEquals(ClockState.PAUSED, t.getFirstResponseState());
        assertEquals(ClockState.PAUSED, t.getResolutionState());
        assertNull(t.getFirstResponseDueAt());
        assertNull(t.getResolutionDueAt());
        assertNull(t.getNextDueAt(), "a waiting ticket has no running clock");
        assertEquals("2026-03-02T10:20", local(t.getWaitingSince()));

        desk.move(TicketStatus.OPEN, "2026-03-02T11:40");

        assertEquals(ClockState.RUNNING, t.getFirstResponseState());
        assertEquals("2026-03-02T12:20", local(t.getFirstResponseDueAt()), "1 h + 1 h 20 min paused");
        assertEquals("2026-03-03T10:20", local(t.getResolutionDueAt()));
        assertEquals(80, t.getPausedMinutes());
        assertNull(t.getWaitingSince());
    }

    @Test
    void theFirstNoteToTheCustomerStopsTheFirstResponseClockMet() {
        DeskTicket desk = new DeskTicket("2026-03-02T10:00", 60, 480).noteToCustomer("2026-03-02T10:30");
        Ticket t = desk.ticket;

        assertEquals(TicketStatus.OPEN, t.getStatus(), "a note to the customer opens a new ticket");
        assertEquals(ClockState.MET, t.getFirstResponseState());
        assertNull(t.getFirstResponseDueAt());
        assertEquals("2026-03-02T18:00", local(t.getNextDueAt()), "the resolution clock is the one running");

        desk.noteToCustomer("2026-03-02T15:00");
        assertEquals("2026-03-02T10:30", local(t.getFirstRespondedAt()), "later notes change nothing");
    }

    @Test
    void resolvingStraightFromWaitingKeepsThePausedTime() {
        DeskTicket desk = new DeskTicket("2026-03-02T10:00", 60, 480)
                .noteToCustomer("2026-03-02T10:10")
                .move(TicketStatus.WAITING_ON_CUSTOMER, "2026-03-02T11:00")
                .move(TicketStatus.RESOLVED, "2026-03-02T13:00");
        Ticket t = desk.ticket;

        assertEquals(ClockState.MET, t.getResolutionState());
        assertEquals(120, t.getPausedMinutes());
        assertTrue(desk.pauses.stream().noneMatch(TicketPause::open), "no pause is left open");
        assertNull(t.getNextDueAt());
        assertFalse(t.getStatus().open());
    }

    @Test
    void aReopenedTicketResumesItsResolutionClockWhereItStopped() {
        DeskTicket desk = new DeskTicket("2026-03-02T17:10", 60, 480)
                .noteToCustomer("2026-03-03T09:00")
                .move(TicketStatus.RESOLVED, "2026-03-03T12:00")
                .move(TicketStatus.OPEN, "2026-03-04T10:00");
        Ticket t = desk.ticket;

        // 50 min on Monday and 180 on Tuesday used; the 250 left count from the reopen.
        assertEquals(ClockState.RUNNING, t.getResolutionState());
        assertEquals("2026-03-04T14:10", local(t.getResolutionDueAt()));
        assertNull(t.getResolvedAt());
        assertEquals(ClockState.MET, t.getFirstResponseState(), "the first response stays given");
        assertTrue(t.getStatus().open());
    }

    @Test
    void aRunningClockPastItsDueInstantIsLeftToTheEscalationPassToBreach() {
        DeskTicket desk = new DeskTicket("2026-03-02T10:00", 60, 480).refresh("2026-03-02T11:30");
        Ticket t = desk.ticket;

        assertEquals(ClockState.WARNING, t.getFirstResponseState(), "the pass tells the breach and marks it");
        assertEquals("2026-03-02T11:00", local(t.getFirstResponseDueAt()));
        assertFalse(t.isBreached());
    }

    @Test
    void aClockStoppedAfterItsDueInstantIsStoredBreachedAndStaysBreached() {
        DeskTicket desk = new DeskTicket("2026-03-02T10:00", 60, 480).noteToCustomer("2026-03-02T11:30");
        Ticket t = desk.ticket;
        assertEquals(ClockState.BREACHED, t.getFirstResponseState());
        assertEquals("2026-03-02T11:00", local(t.getFirstResponseBreachedAt()));
        assertTrue(t.isBreached());

        desk.move(TicketStatus.RESOLVED, "2026-03-02T12:00");
        assertEquals(ClockState.BREACHED, t.getFirstResponseState());
        assertEquals(ClockState.MET, t.getResolutionState());
        assertTrue(t.isBreached(), "a breach stays when the ticket is resolved");
    }

    @Test
    void aTighterTargetAppliesFromItsInstantAndUsedTimeStillCounts() {
        // Opened as Gold (4 h / 24 h); at 11:00 the customer became Diamond (1 h / 8 h).
        DeskTicket desk = new DeskTicket("2026-03-02T10:00", 240, 1440).tighten("2026-03-02T10:30", 60, 480);
        Ticket t = desk.ticket;

        assertEquals(60, t.getFirstResponseTargetMinutes());
        assertEquals(480, t.getResolutionTargetMinutes());
        assertEquals("2026-03-02T11:00", local(t.getFirstResponseDueAt()));
        assertEquals("2026-03-02T18:00", local(t.getResolutionDueAt()));
    }

    @Test
    void aTargetTightenedBelowTheTimeAlreadyUsedIsDueAtTheChange() {
        DeskTicket desk = new DeskTicket("2026-03-02T10:00", 240, 1440).tighten("2026-03-02T11:30", 60, 480);

        assertEquals("2026-03-02T11:30", local(desk.ticket.getFirstResponseDueAt()));
    }
}
