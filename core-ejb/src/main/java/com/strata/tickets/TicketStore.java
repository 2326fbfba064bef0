package com.strata.tickets;

import com.strata.calendar.ServiceCalendars;
import com.strata.sla.ClockKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The ticket services' shared steps inside the caller's transaction: finding a ticket, gathering what its clocks are
 * read from, rewriting its stored SLA columns, writing a timeline entry, and tightening its targets.
 */
@Dependent
public class TicketStore {

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Inject
    private ServiceCalendars calendar;

    Ticket find(String number) {
        return em.createQuery("select t from Ticket t where t.number = :number", Ticket.class)
                .setParameter("number", number == null ? "" : number.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> TicketRefusal.notFound(number));
    }

    TicketClocks.Facts facts(Ticket ticket) {
        List<TicketTarget> targets = em.createQuery(
                        "select t from TicketTarget t where t.ticketId = :id order by t.at, t.id", TicketTarget.class)
                .setParameter("id", ticket.getId())
                .getResultList();
        List<TicketPause> pauses = em.createQuery(
                        "select p from TicketPause p where p.ticketId = :id order by p.pausedFrom", TicketPause.class)
                .setParameter("id", ticket.getId())
                .getResultList();
        return new TicketClocks.Facts(
                ticket.getCreatedAt(), targets, pauses, ticket.getFirstRespondedAt(), ticket.getResolvedAt());
    }

    /** Rereads both clocks at {@code now} and stores their columns. */
    void refreshClocks(Ticket ticket, Instant now) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw TicketRefusal.changedMeanwhile(ticket.getNumber());
        }
        TicketClocks.Facts facts = facts(ticket);
        TicketClocks.Readings readings = TicketClocks.read(calendar.current(), facts, now);
        ticket.storeClocks(
                readings.firstResponse(),
                facts.pausedNow(ClockKind.FIRST_RESPONSE),
                readings.resolution(),
                facts.pausedNow(ClockKind.RESOLUTION));
    }

    void entry(
            Ticket ticket, Instant at, String author, EntryKind kind, TicketStatus from, TicketStatus to, String text) {
        em.persist(new TicketEntry(ticket.getId(), at, author, kind, from, to, text));
    }

    /**
     * Gives an open ticket the tighter targets of its customer's tier in force from {@code now} on; a target that is
     * not tighter (or a first-response clock already stopped) is left as it is.
     */
    void tighten(long ticketId, String tier, int firstResponseMinutes, int resolutionMinutes, Instant now) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        StringBuilder text = new StringBuilder();
        Integer fr = ticket.getFirstResponseTargetMinutes();
        if (ticket.getFirstRespondedAt() == null && fr != null && firstResponseMinutes < fr) {
            em.persist(new TicketTarget(ticketId, ClockKind.FIRST_RESPONSE.name(), now, firstResponseMinutes));
            text.append(ClockKind.FIRST_RESPONSE)
                    .append(' ')
                    .append(fr)
                    .append(" → ")
                    .append(firstResponseMinutes);
        }
        Integer res = ticket.getResolutionTargetMinutes();
        if (res != null && resolutionMinutes < res) {
            em.persist(new TicketTarget(ticketId, ClockKind.RESOLUTION.name(), now, resolutionMinutes));
            text.append(text.isEmpty() ? "" : ", ")
                    .append(ClockKind.RESOLUTION)
                    .append(' ')
                    .append(res)
                    .append(" → ")
                    .append(resolutionMinutes);
        }
        if (text.isEmpty()) {
            return;
        }
        entry(ticket, now, "system", EntryKind.TARGET_TIGHTENED, null, null, tier + ": " + text + " business minutes");
        refreshClocks(ticket, now);
    }
}
