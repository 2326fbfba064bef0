package com.strata.sla;

import com.strata.calendar.BusinessTime;
import com.strata.calendar.ServiceCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads an SLA clock at an instant. Rules:
 *
 * <ul>
 *   <li>Time counts only in the calendar's working periods and never while paused.
 *   <li>The clock is due when the business time used reaches the target, warns when it reaches {@code warningShare ×
 *       target}, and is breached when it is read (or was stopped) after its due instant. A due instant at a period's
 *       end (18:00) is breached from 18:00 on, even though no more business time passes until the next morning: the
 *       due instant is what the customer was promised.
 *   <li>A tighter target (the tier rose) applies from its instant on; business time already used counts. If the time
 *       used at the change already reaches the tighter target, the clock is due (and warns) at the change instant,
 *       never earlier: a tightening does not make a clock retroactively late. A tightening never postpones a due or
 *       warning instant either, so a clock breached under the old target stays breached at its old instant. A looser
 *       target is ignored: a fall never loosens an open ticket. Changes after the clock stopped are ignored.
 *   <li>A breached clock stays BREACHED when it is stopped later; stopped before breaching it is MET.
 * </ul>
 */
public final class SlaClocks {

    private SlaClocks() {}

    public static ClockReading read(ServiceCalendar calendar, ClockInput in, Instant now) {
        BusinessTime time = new BusinessTime(calendar);
        Instant end = in.stoppedAt() != null ? in.stoppedAt() : now;
        if (end.isBefore(in.start())) {
            end = in.start();
        }
        List<Pause> pauses = merged(in.pauses(), in.start(), end);
        Timeline timeline = new Timeline(time, in.start(), pauses);

        Duration target = in.target();
        Instant dueAt = timeline.reaching(target);
        Instant warningAt = timeline.reaching(share(target, calendar.warningShare()));
        List<TargetChange> changes = new ArrayList<>(in.tightenings());
        changes.sort(Comparator.comparing(TargetChange::at));
        for (TargetChange change : changes) {
            if (change.at().isAfter(end) || change.target().compareTo(target) >= 0) {
                continue;
            }
            target = change.target();
            Instant from = change.at().isBefore(in.start()) ? in.start() : change.at();
            dueAt = earlier(dueAt, notBefore(timeline.reaching(target), from));
            warningAt = earlier(warningAt, notBefore(timeline.reaching(share(target, calendar.warningShare())), from));
        }

        Duration used = timeline.usedUntil(end);
        Duration paused = Duration.ZERO;
        for (Pause pause : pauses) {
            paused = paused.plus(time.between(pause.from(), pause.to() == null ? end : pause.to()));
        }
        boolean breached = dueAt != null && end.isAfter(dueAt);
        boolean pausedNow = in.stoppedAt() == null && pauses.stream().anyMatch(p -> covers(p, now));
        ClockState state;
        if (breached) {
            state = ClockState.BREACHED;
        } else if (in.stoppedAt() != null) {
            state = ClockState.MET;
        } else if (pausedNow) {
            state = ClockState.PAUSED;
        } else if (warningAt != null && !now.isBefore(warningAt)) {
            state = ClockState.WARNING;
        } else {
            state = ClockState.RUNNING;
        }
        return new ClockReading(
                in.kind(),
                state,
                target,
                in.start(),
                warningAt,
                dueAt,
                used,
                target.minus(used),
                paused,
                breached ? dueAt : null);
    }

    /** The pauses clipped to {@code [start, end]}, sorted and merged; the last may stay open. */
    private static List<Pause> merged(List<Pause> pauses, Instant start, Instant end) {
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        List<Pause> result = new ArrayList<>();
        for (Pause pause : sorted) {
            Instant from = pause.from().isBefore(start) ? start : pause.from();
            Instant to = pause.to();
            if (from.isAfter(end) || (to != null && !to.isAfter(from))) {
                continue;
            }
            if (!result.isEmpty()) {
                Pause last = result.get(result.size() - 1);
                if (last.to() == null) {
                    break;
                }
                if (!from.isAfter(last.to())) {
                    Instant joined = to == null || last.to().isBefore(to) ? to : last.to();
                    result.set(result.size() - 1, new Pause(last.from(), joined));
                    continue;
                }
            }
            result.add(new Pause(from, to));
        }
        return result;
    }

    private static boolean covers(Pause pause, Instant at) {
        return !at.isBefore(pause.from()) && (pause.to() == null || at.isBefore(pause.to()));
    }

    private static Duration share(Duration target, double share) {
        return Duration.ofNanos(Math.round(target.toNanos() * share));
    }

    private static Instant notBefore(Instant at, Instant floor) {
        return at == null ? null : at.isBefore(floor) ? floor : at;
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    /** The clock's counting time from its start: working time outside the (merged, sorted) pauses. */
    private record Timeline(BusinessTime time, Instant start, List<Pause> pauses) {

        Duration usedUntil(Instant end) {
            Duration used = time.between(start, end);
            for (Pause pause : pauses) {
                Instant to = pause.to() == null || pause.to().isAfter(end) ? end : pause.to();
                used = used.minus(time.between(pause.from(), to));
            }
            return used;
        }

        /** The earliest instant at which {@code amount} has been counted; null if an open pause comes first. */
        Instant reaching(Duration amount) {
            Duration remaining = amount;
            Instant from = start;
            for (Pause pause : pauses) {
                Duration available = time.between(from, pause.from());
                if (remaining.compareTo(available) <= 0) {
                    return time.plus(from, remaining);
                }
                remaining = remaining.minus(available);
                if (pause.to() == null) {
                    return null;
                }
                from = pause.to();
            }
            return time.plus(from, remaining);
        }
    }
}
