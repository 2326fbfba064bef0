package com.strata.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.strata.calendar.ServiceCalendar;
import com.strata.calendar.WorkingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaClocksTest {

    private static final ServiceCalendar CALENDAR = ServiceCalendar.defaultCalendar();
    private static final Duration EIGHT_HOURS = Duration.ofHours(8);

    static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant();
    }

    static ClockInput resolution(
            Instant start, Duration target, List<TargetChange> changes, List<Pause> pauses, Instant stoppedAt) {
        return new ClockInput(ClockKind.RESOLUTION, start, target, changes, pauses, stoppedAt);
    }

    @Test
    void aRunningClockIsDueAfterTheTargetInBusinessTime() {
        // Monday 17:10 + 8 business hours = Tuesday 16:10 (50 min Monday, 7 h 10 min Tuesday).
        ClockReading reading = SlaClocks.read(
                CALENDAR,
                ClockInput.started(ClockKind.FIRST_RESPONSE, sh("2026-03-02T17:10"), EIGHT_HOURS),
                sh("2026-03-03T10:00"));

        assertEquals(ClockState.RUNNING, reading.state());
        assertEquals(sh("2026-03-03T16:10"), reading.dueAt());
        assertEquals(sh("2026-03-03T14:10"), reading.warningAt()); // 6 h used
        assertEquals(Duration.ofMinutes(50 + 60), reading.used());
        assertEquals(EIGHT_HOURS.minusMinutes(110), reading.left());
        assertEquals(Duration.ZERO, reading.paused());
        assertNull(reading.breachedAt());
    }

    @Test
    void warnsAtThreeQuartersOfTheTargetAndBreachesAfterTheDueInstant() {
        ClockInput in = ClockInput.started(ClockKind.RESOLUTION, sh("2026-03-02T09:00"), EIGHT_HOURS);

        assertEquals(
                ClockState.RUNNING,
                SlaClocks.read(CALENDAR, in, sh("2026-03-02T14:59")).state());
        assertEquals(
                ClockState.WARNING,
                SlaClocks.read(CALENDAR, in, sh("2026-03-02T15:00")).state());
        assertEquals(
                ClockState.WARNING,
                SlaClocks.read(CALENDAR, in, sh("2026-03-02T17:00")).state());
        ClockReading late = SlaClocks.read(CALENDAR, in, sh("2026-03-02T17:30"));
        assertEquals(ClockState.BREACHED, late.state());
        assertEquals(sh("2026-03-02T17:00"), late.breachedAt());
        assertEquals(Duration.ofMinutes(-30), late.left());
    }

    @Test
    void aBreachedClockStaysBreachedWhenMetLater() {
        ClockInput resolvedLate =
                resolution(sh("2026-03-02T09:00"), EIGHT_HOURS, List.of(), List.of(), sh("2026-03-03T10:00"));

        ClockReading reading = SlaClocks.read(CALENDAR, resolvedLate, sh("2026-03-04T10:00"));

        assertEquals(ClockState.BREACHED, reading.state());
        assertEquals(sh("2026-03-02T17:00"), reading.breachedAt());
        assertEquals(Duration.ofHours(10), reading.used()); // 9 h Monday + 1 h Tuesday, frozen at the stop
    }

    @Test
    void aClockStoppedInTimeIsMet() {
        ClockInput resolvedInTime =
                resolution(sh("2026-03-02T09:00"), EIGHT_HOURS, List.of(), List.of(), sh("2026-03-02T16:00"));

        ClockReading reading = SlaClocks.read(CALENDAR, resolvedInTime, sh("2026-03-09T10:00"));

        assertEquals(ClockState.MET, reading.state());
        assertEquals(Duration.ofHours(7), reading.used());
        assertNull(reading.breachedAt());
    }

    @Test
    void dueAtTheEndOfTheDayBreachesFromThatEvening() {
        ClockInput in = ClockInput.started(ClockKind.RESOLUTION, sh("2026-03-02T09:00"), Duration.ofHours(9));

        assertEquals(
                sh("2026-03-02T18:00"),
                SlaClocks.read(CALENDAR, in, sh("2026-03-02T17:00")).dueAt());
        assertEquals(
                ClockState.WARNING,
                SlaClocks.read(CALENDAR, in, sh("2026-03-02T18:00")).state());
        ClockReading evening = SlaClocks.read(CALENDAR, in, sh("2026-03-02T18:01"));
        assertEquals(ClockState.BREACHED, evening.state());
        assertEquals(Duration.ZERO, evening.left()); // no business time passes after 18:00, yet the promise is broken
    }

    @Test
    void aClockStartedOutsideBusinessHoursCountsFromTheNextMorning() {
        ClockReading reading = SlaClocks.read(
                CALENDAR,
                ClockInput.started(ClockKind.FIRST_RESPONSE, sh("2026-03-01T22:00"), Duration.ofHours(2)),
                sh("2026-03-02T08:00"));

        assertEquals(ClockState.RUNNING, reading.state());
        assertEquals(sh("2026-03-02T11:00"), reading.dueAt());
        assertEquals(sh("2026-03-02T10:30"), reading.warningAt());
        assertEquals(Duration.ZERO, reading.used());
    }

    @Test
    void aPausedClockFreezesItsTimeLeftAndHasNoDueInstant() {
        // Started Monday 09:00, waiting on the customer from 11:00.
        ClockInput waiting = resolution(
                sh("2026-03-02T09:00"), EIGHT_HOURS, List.of(), List.of(new Pause(sh("2026-03-02T11:00"), null)), null);

        ClockReading reading = SlaClocks.read(CALENDAR, waiting, sh("2026-03-03T15:00"));

        assertEquals(ClockState.PAUSED, reading.state());
        assertNull(reading.dueAt());
        assertNull(reading.warningAt());
        assertEquals(Duration.ofHours(2), reading.used());
        assertEquals(Duration.ofHours(6), reading.left());
        assertEquals(Duration.ofHours(7 + 6), reading.paused());
    }

    @Test
    void aResumedClockAddsThePausedBusinessTimeToItsDueInstant() {
        // Paused Monday 11:00 to 12:20 (1 h 20 min of business time): due moves from 17:00 to 18:20 → Tuesday 09:20.
        ClockInput resumed = resolution(
                sh("2026-03-02T09:00"),
                EIGHT_HOURS,
                List.of(),
                List.of(new Pause(sh("2026-03-02T11:00"), sh("2026-03-02T12:20"))),
                null);

        ClockReading reading = SlaClocks.read(CALENDAR, resumed, sh("2026-03-02T13:00"));

        assertEquals(ClockState.RUNNING, reading.state());
        assertEquals(sh("2026-03-03T09:20"), reading.dueAt());
        assertEquals(Duration.ofMinutes(80), reading.paused());
        assertEquals(Duration.ofMinutes(4 * 60 - 80), reading.used());
    }

    @Test
    void pausedTimeOutsideBusinessHoursCostsNothing() {
        ClockInput overnight = resolution(
                sh("2026-03-02T09:00"),
                EIGHT_HOURS,
                List.of(),
                List.of(new Pause(sh("2026-03-02T19:00"), sh("2026-03-03T08:00"))),
                null);

        ClockReading reading = SlaClocks.read(CALENDAR, overnight, sh("2026-03-02T10:00"));

        assertEquals(sh("2026-03-02T17:00"), reading.dueAt());
        assertEquals(Duration.ZERO, reading.paused());
    }

    @Test
    void aReopenedTicketsResolutionClockResumesWhereItStopped() {
        // Resolved Monday 15:00 after 6 h, reopened Wednesday 10:00: 2 h left from there.
        ClockInput reopened = resolution(
                sh("2026-03-02T09:00"),
                EIGHT_HOURS,
                List.of(),
                List.of(new Pause(sh("2026-03-02T15:00"), sh("2026-03-04T10:00"))),
                null);

        ClockReading reading = SlaClocks.read(CALENDAR, reopened, sh("2026-03-04T10:30"));

        assertEquals(ClockState.WARNING, reading.state());
        assertEquals(sh("2026-03-04T12:00"), reading.dueAt());
        assertEquals(Duration.ofMinutes(6 * 60 + 30), reading.used());
        assertEquals(Duration.ofHours(3 + 9 + 1), reading.paused());
    }

    @Test
    void aTighterTargetAppliesFromTheTierChangeWithTheTimeAlreadyUsed() {
        // Opened Monday 09:00 with 16 h; the tier rose at 11:00 to an 8 h target: due 17:00 the same day.
        ClockInput tightened = resolution(
                sh("2026-03-02T09:00"),
                Duration.ofHours(16),
                List.of(new TargetChange(sh("2026-03-02T11:00"), EIGHT_HOURS)),
                List.of(),
                null);

        ClockReading reading = SlaClocks.read(CALENDAR, tightened, sh("2026-03-02T12:00"));

        assertEquals(EIGHT_HOURS, reading.target());
        assertEquals(sh("2026-03-02T17:00"), reading.dueAt());
        assertEquals(sh("2026-03-02T15:00"), reading.warningAt());
        assertEquals(Duration.ofHours(5), reading.left());
    }

    @Test
    void aTierChangeBeforeItHappensDoesNotApplyYet() {
        ClockInput tightenedLater = resolution(
                sh("2026-03-02T09:00"),
                Duration.ofHours(16),
                List.of(new TargetChange(sh("2026-03-02T11:00"), EIGHT_HOURS)),
                List.of(),
                null);

        assertEquals(
                Duration.ofHours(16),
                SlaClocks.read(CALENDAR, tightenedLater, sh("2026-03-02T10:00")).target());
    }

    @Test
    void aLooserTargetIsIgnored() {
        ClockInput loosened = resolution(
                sh("2026-03-02T09:00"),
                EIGHT_HOURS,
                List.of(new TargetChange(sh("2026-03-02T11:00"), Duration.ofHours(24))),
                List.of(),
                null);

        ClockReading reading = SlaClocks.read(CALENDAR, loosened, sh("2026-03-02T12:00"));

        assertEquals(EIGHT_HOURS, reading.target());
        assertEquals(sh("2026-03-02T17:00"), reading.dueAt());
    }

    @Test
    void aTighterTargetAlreadyUsedUpIsDueAtTheChangeNotBefore() {
        // 5 h used when the tier rises at 14:00 to a 4 h target: due (and breached from) 14:00, not 13:00.
        ClockInput tightened = resolution(
                sh("2026-03-02T09:00"),
                Duration.ofHours(16),
                List.of(new TargetChange(sh("2026-03-02T14:00"), Duration.ofHours(4))),
                List.of(),
                null);

        assertEquals(
                ClockState.WARNING,
                SlaClocks.read(CALENDAR, tightened, sh("2026-03-02T14:00")).state());
        ClockReading reading = SlaClocks.read(CALENDAR, tightened, sh("2026-03-02T14:05"));
        assertEquals(ClockState.BREACHED, reading.state());
        assertEquals(sh("2026-03-02T14:00"), reading.dueAt());
        assertEquals(sh("2026-03-02T14:00"), reading.breachedAt());
        assertEquals(sh("2026-03-02T14:00"), reading.warningAt());
    }

    @Test
    void aTighteningNeverMovesAnEarlierBreachLater() {
        // Breached under 2 h at 11:00; the tier rises at 15:00 to 1 h: still breached at 11:00.
        ClockInput in = resolution(
                sh("2026-03-02T09:00"),
                Duration.ofHours(2),
                List.of(new TargetChange(sh("2026-03-02T15:00"), Duration.ofHours(1))),
                List.of(),
                null);

        ClockReading reading = SlaClocks.read(CALENDAR, in, sh("2026-03-02T16:00"));

        assertEquals(ClockState.BREACHED, reading.state());
        assertEquals(sh("2026-03-02T11:00"), reading.breachedAt());
    }

    @Test
    void aTighteningAfterTheStopIsIgnored() {
        ClockInput in = resolution(
                sh("2026-03-02T09:00"),
                EIGHT_HOURS,
                List.of(new TargetChange(sh("2026-03-02T16:00"), Duration.ofHours(1))),
                List.of(),
                sh("2026-03-02T12:00"));

        ClockReading reading = SlaClocks.read(CALENDAR, in, sh("2026-03-02T17:00"));

        assertEquals(ClockState.MET, reading.state());
        assertEquals(EIGHT_HOURS, reading.target());
    }

    @Test
    void pausedTimeSurvivesATierChange() {
        // Paused 10:00–12:00, tier rose at 13:00 to 4 h: 1 h before the pause + 1 h after = 2 h used, due 15:00.
        ClockInput in = resolution(
                sh("2026-03-02T09:00"),
                EIGHT_HOURS,
                List.of(new TargetChange(sh("2026-03-02T13:00"), Duration.ofHours(4))),
                List.of(new Pause(sh("2026-03-02T10:00"), sh("2026-03-02T12:00"))),
                null);

        ClockReading reading = SlaClocks.read(CALENDAR, in, sh("2026-03-02T13:00"));

        assertEquals(sh("2026-03-02T15:00"), reading.dueAt());
        assertEquals(Duration.ofHours(2), reading.paused());
        assertEquals(Duration.ofHours(2), reading.used());
    }

    @Test
    void aClockBreachedWhilePausedAfterItsDueInstantStaysBreached() {
        ClockInput in = resolution(
                sh("2026-03-02T09:00"),
                Duration.ofHours(2),
                List.of(),
                List.of(new Pause(sh("2026-03-02T12:00"), null)),
                null);

        ClockReading reading = SlaClocks.read(CALENDAR, in, sh("2026-03-02T13:00"));

        assertEquals(ClockState.BREACHED, reading.state());
        assertEquals(sh("2026-03-02T11:00"), reading.dueAt());
    }

    @Test
    void overlappingPausesCountOnce() {
        ClockInput in = resolution(
                sh("2026-03-02T09:00"),
                EIGHT_HOURS,
                List.of(),
                List.of(
                        new Pause(sh("2026-03-02T10:00"), sh("2026-03-02T12:00")),
                        new Pause(sh("2026-03-02T11:00"), sh("2026-03-02T13:00"))),
                null);

        ClockReading reading = SlaClocks.read(CALENDAR, in, sh("2026-03-02T14:00"));

        assertEquals(Duration.ofHours(3), reading.paused());
        assertEquals(Duration.ofHours(2), reading.used());
        assertEquals(sh("2026-03-03T11:00"), reading.dueAt());
    }

    @Test
    void aReadingExplainsItselfInTheCalendarsZone() {
        // Opened Monday 17:10 with 8 h; waited on the customer Tuesday 10:00–11:20: due Tuesday 17:30.
        ClockInput in = resolution(
                sh("2026-03-02T17:10"),
                EIGHT_HOURS,
                List.of(),
                List.of(new Pause(sh("2026-03-03T10:00"), sh("2026-03-03T11:20"))),
                null);
        ClockReading reading = SlaClocks.read(CALENDAR, in, sh("2026-03-03T12:00"));

        DateTimeFormatter local =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CALENDAR.zone());
        String explained = "target " + reading.target().toHours() + " business hours from "
                + local.format(reading.start()) + " → due " + local.format(reading.dueAt()) + ", "
                + reading.paused().toHours() + " h " + reading.paused().toMinutesPart() + " min paused";

        assertEquals(
                "target 8 business hours from 2026-03-02 17:10 → due 2026-03-03 17:30, 1 h 20 min paused", explained);
    }

    @Test
    void aClockOverTheSpringFestivalSkipsTheHolidayWeekAndCountsTheWorkingSaturday() {
        Map<LocalDate, List<WorkingPeriod>> exceptions = new HashMap<>();
        exceptions.put(LocalDate.of(2026, 2, 14), List.of(WorkingPeriod.of("09:00", "18:00")));
        for (int day = 16; day <= 20; day++) {
            exceptions.put(LocalDate.of(2026, 2, day), List.of());
        }
        ServiceCalendar festival =
                new ServiceCalendar(CALENDAR.zone(), CALENDAR.week(), exceptions, CALENDAR.warningShare());
        // Friday 13th 14:00 with 16 h: 4 h Friday, 9 h on the working Saturday, 3 h on Monday 23rd.
        ClockInput in = ClockInput.started(ClockKind.RESOLUTION, sh("2026-02-13T14:00"), Duration.ofHours(16));

        ClockReading reading = SlaClocks.read(festival, in, sh("2026-02-18T12:00"));

        assertEquals(sh("2026-02-23T12:00"), reading.dueAt());
        assertEquals(ClockState.WARNING, reading.state()); // 13 h of 16 used, above 12
        assertEquals(Duration.ofHours(3), reading.left());
    }

    @Test
    void aBerlinClockAcrossTheSpringSwitchIsDueAtTheSameLocalTime() {
        ServiceCalendar berlin =
                new ServiceCalendar(ZoneId.of("Europe/Berlin"), CALENDAR.week(), Map.of(), CALENDAR.warningShare());
        Instant friday =
                LocalDateTime.parse("2026-03-27T15:00").atZone(berlin.zone()).toInstant();

        ClockReading reading = SlaClocks.read(
                berlin, ClockInput.started(ClockKind.FIRST_RESPONSE, friday, Duration.ofHours(4)), friday);

        assertEquals(
                LocalDateTime.parse("2026-03-30T10:00").atZone(berlin.zone()).toInstant(), reading.dueAt());
        // 3 h of 4 are used up at Friday's close, in winter time; the due hour on Monday is in summer time.
        assertEquals(Instant.parse("2026-03-27T17:00:00Z"), reading.warningAt());
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"), reading.dueAt());
    }

    @Test
    void aStopInsideAPauseEndsTheClockWithThePausedTimeUncounted() {
        // Paused at 11:00 and resolved at 15:00 without resuming: used 2 h, paused 4 h, met.
        ClockInput in = resolution(
                sh("2026-03-02T09:00"),
                EIGHT_HOURS,
                List.of(),
                List.of(new Pause(sh("2026-03-02T11:00"), null)),
                sh("2026-03-02T15:00"));

        ClockReading reading = SlaClocks.read(CALENDAR, in, sh("2026-03-05T09:00"));

        assertEquals(ClockState.MET, reading.state());
        assertEquals(Duration.ofHours(2), reading.used());
        assertEquals(Duration.ofHours(4), reading.paused());
    }
}
