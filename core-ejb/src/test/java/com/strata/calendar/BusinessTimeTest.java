package com.strata.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final BusinessTime shanghai = new BusinessTime(ServiceCalendar.defaultCalendar());

    static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static Instant sh(String localDateTime) {
        return at(SHANGHAI, localDateTime);
    }

    static ServiceCalendar weekdays(ZoneId zone, Map<LocalDate, List<WorkingPeriod>> exceptions, WorkingPeriod... day) {
        Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(d, List.of(day));
        }
        return new ServiceCalendar(zone, week, exceptions, 0.75);
    }

    @Test
    void defaultCalendarIsShanghaiWeekdaysNineToSixWarningAtThreeQuarters() {
        ServiceCalendar calendar = ServiceCalendar.defaultCalendar();

        assertEquals(SHANGHAI, calendar.zone());
        assertEquals(
                List.of(WorkingPeriod.of("09:00", "18:00")), calendar.week().get(DayOfWeek.MONDAY));
        assertEquals(
                List.of(WorkingPeriod.of("09:00", "18:00")), calendar.week().get(DayOfWeek.FRIDAY));
        assertEquals(List.of(), calendar.week().get(DayOfWeek.SATURDAY));
        assertEquals(0.75, calendar.warningShare());
    }

    @Test
    void countsOnlyTheWorkingPartOfADay() {
        // Monday 2026-03-02, 08:00 to 20:00: nine working hours.
        assertEquals(Duration.ofHours(9), shanghai.between(sh("2026-03-02T08:00"), sh("2026-03-02T20:00")));
        assertEquals(Duration.ofMinutes(50), shanghai.between(sh("2026-03-02T17:10"), sh("2026-03-02T23:00")));
    }

    @Test
    void severalPeriodsADaySkipTheLunchBreak() {
        BusinessTime lunch = new BusinessTime(
                weekdays(SHANGHAI, Map.of(), WorkingPeriod.of("13:30", "18:00"), WorkingPeriod.of("09:00", "12:00")));

        assertEquals(Duration.ofMinutes(7 * 60 + 30), lunch.between(sh("2026-03-02T00:00"), sh("2026-03-03T00:00")));
        assertEquals(Duration.ofMinutes(90), lunch.between(sh("2026-03-02T11:00"), sh("2026-03-02T14:00")));
        // Two hours from 11:00: one before lunch, one after it from 13:30.
        assertEquals(sh("2026-03-02T14:30"), lunch.plus(sh("2026-03-02T11:00"), Duration.ofHours(2)));
        assertFalse(lunch.isWorking(sh("2026-03-02T12:30")));
        assertTrue(lunch.isWorking(sh("2026-03-02T13:30")));
        assertFalse(lunch.isWorking(sh("2026-03-02T12:00")));
    }

    @Test
    void aHolidayHasNoWorkingTime() {
        LocalDate labourDay = LocalDate.of(2026, 5, 1); // a Friday
        BusinessTime withHoliday =
                new BusinessTime(weekdays(SHANGHAI, Map.of(labourDay, List.of()), WorkingPeriod.of("09:00", "18:00")));

        assertEquals(Duration.ZERO, withHoliday.between(sh("2026-05-01T00:00"), sh("2026-05-02T00:00")));
        assertFalse(withHoliday.isWorking(sh("2026-05-01T10:00")));
        // Thursday 17:00 + 2 h: one hour Thursday, then the holiday and the weekend, one hour Monday.
        assertEquals(sh("2026-05-04T10:00"), withHoliday.plus(sh("2026-04-30T17:00"), Duration.ofHours(2)));
    }

    @Test
    void anAdjustedWorkingSaturdayCountsAndTheSpringFestivalWeekDoesNot() {
        // China 2026: Saturday 2026-02-14 is a working day, Monday 16 to Friday 20 February are holidays.
        Map<LocalDate, List<WorkingPeriod>> exceptions = new java.util.HashMap<>();
        exceptions.put(LocalDate.of(2026, 2, 14), List.of(WorkingPeriod.of("09:00", "18:00")));
        for (int day = 16; day <= 20; day++) {
            exceptions.put(LocalDate.of(2026, 2, day), List.of());
        }
        BusinessTime springFestival =
                new BusinessTime(weekdays(SHANGHAI, exceptions, WorkingPeriod.of("09:00", "18:00")));

        assertTrue(springFestival.isWorking(sh("2026-02-14T10:00")));
        assertFalse(springFestival.isWorking(sh("2026-02-18T10:00")));
        // Friday 13th 17:00 + 10 h: 1 h Friday, 9 h on the working Saturday.
        assertEquals(sh("2026-02-14T18:00"), springFestival.plus(sh("2026-02-13T17:00"), Duration.ofHours(10)));
        // Saturday 17:00 + 2 h: 1 h Saturday, then nothing until Monday 23rd.
        assertEquals(sh("2026-02-23T10:00"), springFestival.plus(sh("2026-02-14T17:00"), Duration.ofHours(2)));
        assertEquals(
                Duration.ofHours(9 + 9 + 1), springFestival.between(sh("2026-02-13T09:00"), sh("2026-02-23T10:00")));
    }

    @Test
    void aTicketAcrossAWeekendResumesOnMonday() {
        // Friday 2026-03-06 16:00 + 4 h: 2 h Friday, 2 h Monday.
        assertEquals(sh("2026-03-09T11:00"), shanghai.plus(sh("2026-03-06T16:00"), Duration.ofHours(4)));
        assertEquals(Duration.ofHours(4), shanghai.between(sh("2026-03-06T16:00"), sh("2026-03-09T11:00")));
        assertFalse(shanghai.isWorking(sh("2026-03-07T10:00")));
    }

    @Test
    void dueExactlyAtTheEndOfTheDayIsThatEveningNotTheNextMorning() {
        assertEquals(sh("2026-03-02T18:00"), shanghai.plus(sh("2026-03-02T09:00"), Duration.ofHours(9)));
        assertEquals(sh("2026-03-03T09:01"), shanghai.plus(sh("2026-03-02T09:00"), Duration.ofMinutes(9 * 60 + 1)));
        assertFalse(shanghai.isWorking(sh("2026-03-02T18:00")));
    }

    @Test
    void aStartOutsideBusinessHoursCountsFromTheNextPeriod() {
        // Monday 07:30 and Sunday 22:00: counting starts at Monday 09:00.
        assertEquals(sh("2026-03-02T11:00"), shanghai.plus(sh("2026-03-02T07:30"), Duration.ofHours(2)));
        assertEquals(sh("2026-03-02T11:00"), shanghai.plus(sh("2026-03-01T22:00"), Duration.ofHours(2)));
        assertEquals(sh("2026-03-02T09:00"), shanghai.nextWorkingInstant(sh("2026-03-01T22:00")));
        assertEquals(Duration.ZERO, shanghai.between(sh("2026-03-02T18:30"), sh("2026-03-03T08:59")));
    }

    @Test
    void berlinCountsWallClockHoursAcrossTheSpringSwitch() {
        // Clocks go forward on Sunday 2026-03-29; a Friday-to-Monday ticket still gets 09:00–18:00 local each day.
        BusinessTime berlin = new BusinessTime(weekdays(BERLIN, Map.of(), WorkingPeriod.of("09:00", "18:00")));
        Instant friday = at(BERLIN, "2026-03-27T17:00");

        Instant due = berlin.plus(friday, Duration.ofHours(3));

        assertEquals(at(BERLIN, "2026-03-30T11:00"), due);
        assertEquals(Instant.parse("2026-03-30T09:00:00Z"), due); // CEST, UTC+2
        assertEquals(Duration.ofHours(3), berlin.between(friday, due));
    }

    @Test
    void berlinCountsWallClockHoursAcrossTheAutumnSwitch() {
        // Clocks go back on Sunday 2026-10-25.
        BusinessTime berlin = new BusinessTime(weekdays(BERLIN, Map.of(), WorkingPeriod.of("09:00", "18:00")));
        Instant friday = at(BERLIN, "2026-10-23T17:00");

        Instant due = berlin.plus(friday, Duration.ofHours(3));

        assertEquals(at(BERLIN, "2026-10-26T11:00"), due);
        assertEquals(Instant.parse("2026-10-26T10:00:00Z"), due); // CET, UTC+1
        assertEquals(Duration.ofHours(1 + 9 + 8), berlin.between(friday, at(BERLIN, "2026-10-27T17:00")));
    }

    @Test
    void aPeriodSpanningTheSwitchNightCountsItsRealLength() {
        // A Sunday night shift 00:00–06:00 lasts five real hours when clocks go forward, seven when they go back.
        Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.SUNDAY, List.of(WorkingPeriod.of("00:00", "06:00")));
        BusinessTime night = new BusinessTime(new ServiceCalendar(BERLIN, week, Map.of(), 0.75));

        assertEquals(
                Duration.ofHours(5), night.between(at(BERLIN, "2026-03-29T00:00"), at(BERLIN, "2026-03-30T00:00")));
        assertEquals(
                Duration.ofHours(7), night.between(at(BERLIN, "2026-10-25T00:00"), at(BERLIN, "2026-10-26T00:00")));
    }

    @Test
    void shanghaiHasNoSwitchAndCountsEveryDayAlike() {
        assertEquals(Duration.ofHours(5 * 9), shanghai.between(sh("2026-03-23T00:00"), sh("2026-03-30T00:00")));
        assertEquals(Duration.ofHours(5 * 9), shanghai.between(sh("2026-10-19T00:00"), sh("2026-10-26T00:00")));
    }

    @Test
    void instantsAreCountedInTheCalendarsZoneWhateverTheReadersZone() {
        // 01:30 UTC is 09:30 in Shanghai: working time there, although it is night in Europe.
        assertTrue(shanghai.isWorking(Instant.parse("2026-03-02T01:30:00Z")));
        assertFalse(shanghai.isWorking(Instant.parse("2026-03-02T12:00:00Z")));
    }

    @Test
    void betweenIsZeroWhenTheEndIsNotAfterTheStart() {
        assertEquals(Duration.ZERO, shanghai.between(sh("2026-03-02T12:00"), sh("2026-03-02T10:00")));
        assertEquals(sh("2026-03-01T22:00"), shanghai.plus(sh("2026-03-01T22:00"), Duration.ZERO));
    }

    @Test
    void aCalendarWithoutWorkingTimeRefusesToAddTime() {
        BusinessTime never = new BusinessTime(new ServiceCalendar(SHANGHAI, Map.of(), Map.of(), 0.75));

        assertThrows(IllegalStateException.class, () -> never.plus(sh("2026-03-02T09:00"), Duration.ofHours(1)));
    }

    @Test
    void overlappingPeriodsAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> weekdays(
                        SHANGHAI, Map.of(), WorkingPeriod.of("09:00", "12:00"), WorkingPeriod.of("11:00", "18:00")));
        assertThrows(IllegalArgumentException.class, () -> WorkingPeriod.of("18:00", "09:00"));
    }
}
