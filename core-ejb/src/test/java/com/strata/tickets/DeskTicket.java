package com.strata.tickets;

import com.strata.calendar.ServiceCalendar;
import com.strata.service.ServiceChannel;
import com.strata.sla.ClockKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A ticket handled the way the Tickets service handles it, without a database: the entity, its targets and pauses in
 * lists, and the stored clock columns refreshed after every event. Times are Asia/Shanghai wall times.
 */
final class DeskTicket {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final ServiceCalendar calendar = ServiceCalendar.defaultCalendar();
    final Ticket ticket;
    final List<TicketTarget> targets = new ArrayList<>();
    final List<TicketPause> pauses = new ArrayList<>();

    DeskTicket(String openedAt, int firstResponseMinutes, int resolutionMinutes) {
        Instant at = at(openedAt);
        ticket = new Ticket(
                "T-000001",
                1,
                new TicketDraft(
                        "C1",
                        "Printer on fire",
                        null,
                        ServiceChannel.PHONE,
                        TicketType.INCIDENT,
                        TicketPriority.HIGH,
                        null),
                "Diamond",
                TicketSource.DESK,
                "agent",
                at);
        targets.add(new TicketTarget(1, ClockKind.FIRST_RESPONSE.name(), at, firstResponseMinutes));
        targets.add(new TicketTarget(1, ClockKind.RESOLUTION.name(), at, resolutionMinutes));
        refresh(at);
    }

    static Instant at(String shanghai) {
        return LocalDateTime.parse(shanghai).atZone(SHANGHAI).toInstant();
    }

    DeskTicket move(TicketStatus to, String when) {
        Instant at = at(when);
        List<TicketPause> open = pauses.stream().filter(TicketPause::open).toList();
        pauses.addAll(TicketLifecycle.move(ticket, 1, open, to, at));
        refresh(at);
        return this;
    }

    DeskTicket noteToCustomer(String when) {
        Instant at = at(when);
        TicketLifecycle.noteToCustomer(ticket, at);
        refresh(at);
        return this;
    }

    DeskTicket tighten(String when, int firstResponseMinutes, int resolutionMinutes) {
        Instant at = at(when);
        targets.add(new TicketTarget(1, ClockKind.FIRST_RESPONSE.name(), at, firstResponseMinutes));
        targets.add(new TicketTarget(1, ClockKind.RESOLUTION.name(), at, resolutionMinutes));
        refresh(at);
        return this;
    }

    /** Refreshes the stored columns as an event at {@code when} would (e.g. an internal note). */
    DeskTicket refresh(String when) {
        refresh(at(when));
        return this;
    }

    private void refresh(Instant now) {
        TicketClocks.Facts facts = facts();
        TicketClocks.Readings readings = TicketClocks.read(calendar, facts, now);
        ticket.storeClocks(
                readings.firstResponse(),
                facts.pausedNow(ClockKind.FIRST_RESPONSE),
                readings.resolution(),
                facts.pausedNow(ClockKind.RESOLUTION));
    }

    TicketClocks.Facts facts() {
        return new TicketClocks.Facts(
                ticket.getCreatedAt(), targets, pauses, ticket.getFirstRespondedAt(), ticket.getResolvedAt());
    }

    /** A stored instant as Shanghai wall time, e.g. 2026-03-03T16:10 (null stays null). */
    static String local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, SHANGHAI).toString();
    }
}
