package com.strata.tickets;

import com.strata.calendar.ServiceCalendar;
import com.strata.sla.ClockInput;
import com.strata.sla.ClockKind;
import com.strata.sla.ClockReading;
import com.strata.sla.Pause;
import com.strata.sla.SlaClocks;
import com.strata.sla.TargetChange;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A ticket's two SLA clocks read from what the ticket recorded: the targets each clock counted against (the first at
 * opening, later ones tightenings), the pauses (waiting on the customer; resolved until reopened), and the instants
 * that stopped them: the first note to the customer (or the resolve, which answers the customer too) stops the
 * first-response clock, the resolve stops the resolution clock. Pure: no container, no database.
 */
public final class TicketClocks {

    /** What one ticket recorded, as the clocks need it. */
    public record Facts(
            Instant createdAt,
            List<TicketTarget> targets,
            List<TicketPause> pauses,
            Instant firstRespondedAt,
            Instant resolvedAt) {

        public Facts {
            targets = List.copyOf(targets);
            pauses = List.copyOf(pauses);
        }

        Instant stoppedAt(ClockKind kind) {
            return kind == ClockKind.FIRST_RESPONSE ? firstRespondedAt : resolvedAt;
        }

        boolean pausedNow(ClockKind kind) {
            return pauses.stream().anyMatch(p -> p.getClock().equals(kind.name()) && p.getPausedTo() == null);
        }
    }

    /** Both clocks read at one instant; either is null for a ticket without targets (an imported one). */
    public record Readings(ClockReading firstResponse, ClockReading resolution) {}

    private TicketClocks() {}

    public static Readings read(ServiceCalendar calendar, Facts facts, Instant now) {
        return new Readings(
                read(calendar, facts, ClockKind.FIRST_RESPONSE, now), read(calendar, facts, ClockKind.RESOLUTION, now));
    }

    static ClockReading read(ServiceCalendar calendar, Facts facts, ClockKind kind, Instant now) {
        ClockInput input = input(facts, kind);
        return input == null ? null : SlaClocks.read(calendar, input, now);
    }

    static ClockInput input(Facts facts, ClockKind kind) {
        List<TicketTarget> targets = facts.targets().stream()
                .filter(t -> t.getClock().equals(kind.name()))
                .sorted(Comparator.comparing(TicketTarget::getAt))
                .toList();
        if (targets.isEmpty()) {
            return null;
        }
        List<TargetChange> tightenings = targets.subList(1, targets.size()).stream()
                .map(t -> new TargetChange(t.getAt(), Duration.ofMinutes(t.getTargetMinutes())))
                .toList();
        List<Pause> pauses = facts.pauses().stream()
                .filter(p -> p.getClock().equals(kind.name()))
                .map(p -> new Pause(p.getPausedFrom(), p.getPausedTo()))
                .toList();
        return new ClockInput(
                kind,
                facts.createdAt(),
                Duration.ofMinutes(targets.get(0).getTargetMinutes()),
                tightenings,
                pauses,
                facts.stoppedAt(kind));
    }
}
