package com.strata.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TicketStatusTest {

    @Test
    void ticketsMoveAlongTheDeskWorkflow() {
        assertTrue(TicketStatus.NEW.mayMoveTo(TicketStatus.OPEN));
        assertTrue(TicketStatus.OPEN.mayMoveTo(TicketStatus.WAITING_ON_CUSTOMER));
        assertTrue(TicketStatus.WAITING_ON_CUSTOMER.mayMoveTo(TicketStatus.OPEN));
        assertTrue(TicketStatus.OPEN.mayMoveTo(TicketStatus.RESOLVED));
        assertTrue(TicketStatus.RESOLVED.mayMoveTo(TicketStatus.CLOSED));
        assertTrue(TicketStatus.RESOLVED.mayMoveTo(TicketStatus.OPEN), "reopen");
    }

    @Test
    void illegalMovesAreRefused() {
        assertFalse(TicketStatus.OPEN.mayMoveTo(TicketStatus.CLOSED), "close only what was resolved");
        assertFalse(TicketStatus.NEW.mayMoveTo(TicketStatus.CLOSED));
        assertFalse(TicketStatus.WAITING_ON_CUSTOMER.mayMoveTo(TicketStatus.CLOSED));
        assertFalse(TicketStatus.RESOLVED.mayMoveTo(TicketStatus.WAITING_ON_CUSTOMER));
        assertFalse(TicketStatus.OPEN.mayMoveTo(TicketStatus.NEW));
        assertEquals(EnumSet.noneOf(TicketStatus.class), TicketStatus.CLOSED.next(), "closed is final");
    }

    @Test
    void onlyResolvedAndClosedTicketsLeaveTheQueue() {
        assertTrue(TicketStatus.NEW.open());
        assertTrue(TicketStatus.WAITING_ON_CUSTOMER.open());
        assertFalse(TicketStatus.RESOLVED.open());
        assertFalse(TicketStatus.CLOSED.open());
    }
}
