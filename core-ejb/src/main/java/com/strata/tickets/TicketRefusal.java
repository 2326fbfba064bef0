package com.strata.tickets;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.time.Instant;
import java.util.List;

/** A ticket service refusing a request; each factory names one stable code. */
public class TicketRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    private TicketRefusal(RefusalKind kind, String code, String message) {
        super(kind, code, message);
    }

    private TicketRefusal(RefusalKind kind, String code, String message, List<Problem> problems) {
        super(kind, code, message, problems);
    }

    static TicketRefusal notFound(String number) {
        return new TicketRefusal(RefusalKind.NOT_FOUND, "TICKET_NOT_FOUND", "There is no ticket " + number);
    }

    static TicketRefusal invalid(String what, List<Problem> problems) {
        return new TicketRefusal(
                RefusalKind.INVALID,
                "INVALID_TICKET",
                problems.size() + " problem(s) with " + what + ": " + String.join("; ", Problem.sentences(problems)),
                problems);
    }

    static TicketRefusal illegalTransition(String number, TicketStatus from, TicketStatus to) {
        String allowed =
                from.next().isEmpty() ? "none, it is final" : from.next().toString();
        return new TicketRefusal(
                RefusalKind.CONFLICT,
                "ILLEGAL_TRANSITION",
                "Ticket " + number + " is " + from + " and cannot become " + to + "; allowed next: " + allowed);
    }

    static TicketRefusal reopenTooLate(String number, Instant resolvedAt, int days) {
        return new TicketRefusal(
                RefusalKind.CONFLICT,
                "REOPEN_TOO_LATE",
                "Ticket " + number + " was resolved at " + resolvedAt + "; a ticket may be reopened within " + days
                        + " day(s) of its resolve. Open a new ticket instead");
    }

    static TicketRefusal closedTicket(String number) {
        return new TicketRefusal(
                RefusalKind.CONFLICT, "TICKET_CLOSED", "Ticket " + number + " is closed; open a new ticket instead");
    }

    static TicketRefusal changedMeanwhile(String number) {
        return new TicketRefusal(
                RefusalKind.CONFLICT,
                "TICKET_CHANGED",
                "Ticket " + number + " was changed by someone else (or its SLA clocks by the escalation pass) since you"
                        + " read it; reload it and try again");
    }
}
