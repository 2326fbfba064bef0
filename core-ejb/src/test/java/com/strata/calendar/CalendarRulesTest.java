package com.strata.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.refusal.Problem;
import com.strata.refusal.ProblemCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarRulesTest {

    private static final Map<DayOfWeek, List<PeriodDraft>> NINE_TO_SIX = week(new PeriodDraft("09:00", "18:00"));

    static Map<DayOfWeek, List<PeriodDraft>> week(PeriodDraft... monday) {
        Map<DayOfWeek, List<PeriodDraft>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.MONDAY, List.of(monday));
        return week;
    }

    static CalendarChange change(
            String zone,
            Map<DayOfWeek, List<PeriodDraft>> week,
            List<ExceptionDraft> exceptions,
            Double share,
            Integer reopenDays) {
        return new CalendarChange(zone, week, exceptions, share, reopenDays, null);
    }

    static List<String> sentences(CalendarChange change) {
        return Problem.sentences(CalendarRules.check(change).problems());
    }

    @Test
    void aValidCalendarIsReadWithItsExceptionsSortedByDate() {
        CalendarRules.Checked checked = CalendarRules.check(change(
                "Asia/Shanghai",
                NINE_TO_SIX,
                List.of(
                        new ExceptionDraft("2026-10-01", "National Day", List.of()),
                        new ExceptionDraft(
                                "2026-02-14", "Working Saturday", List.of(new PeriodDraft("09:00", "18:00")))),
                0.75,
                7));

        assertTrue(checked.valid(), checked.problems()::toString);
        assertEquals(LocalDate.of(2026, 2, 14), checked.exceptions().get(0).date());
        assertTrue(checked.exceptions().get(1).holiday());
        assertEquals(List.of(), checked.week().get(DayOfWeek.SUNDAY));
    }

    @Test
    void anUnknownZoneOrAFixedOffsetIsRefusedByName() {
        assertEquals(
                List.of("zone: is not a time zone, got 'Mars/Olympus'; use a region name such as Asia/Shanghai or"
                        + " Europe/Berlin"),
                sentences(change("Mars/Olympus", NINE_TO_SIX, List.of(), 0.75, 7)));
        assertEquals(
                ProblemCode.UNKNOWN_ZONE,
                CalendarRules.check(change("+08:00", NINE_TO_SIX, List.of(), 0.75, 7))
                        .problems()
                        .get(0)
                        .code());
    }

    @Test
    void aPeriodEndingBeforeItStartsNamesItsDayAndPlace() {
        assertEquals(
                List.of("week.MONDAY[1].end: must be after the start 13:30, got 12:00"),
                sentences(change(
                        "Asia/Shanghai",
                        week(new PeriodDraft("09:00", "12:00"), new PeriodDraft("13:30", "12:00")),
                        List.of(),
                        0.75,
                        7)));
    }

    @Test
    void overlappingPeriodsAreRefused() {
        assertEquals(
                List.of("week.MONDAY[1]: overlaps the period 09:00–12:00, got 11:00–18:00"),
                sentences(change(
                        "Asia/Shanghai",
                        week(new PeriodDraft("09:00", "12:00"), new PeriodDraft("11:00", "18:00")),
                        List.of(),
                        0.75,
                        7)));
    }

    @Test
    void aTimeThatIsNoTimeIsRefused() {
        assertEquals(
                List.of("week.MONDAY[0].start: must be a time of day as HH:MM, got '9 am'"),
                sentences(change("Asia/Shanghai", week(new PeriodDraft("9 am", "18:00")), List.of(), 0.75, 7)));
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertEquals(
                List.of("warningShare: must be more than 0 and less than 1, got 1.0"),
                sentences(change("Asia/Shanghai", NINE_TO_SIX, List.of(), 1.0, 7)));
        assertEquals(
                List.of("warningShare: must be more than 0 and less than 1, got 0.0"),
                sentences(change("Asia/Shanghai", NINE_TO_SIX, List.of(), 0.0, 7)));
    }

    @Test
    void aDateListedTwiceIsRefused() {
        assertEquals(
                List.of("exceptions[1].date: 2026-10-01 is listed more than once"),
                sentences(change(
                        "Asia/Shanghai",
                        NINE_TO_SIX,
                        List.of(
                                new ExceptionDraft("2026-10-01", "National Day", List.of()),
                                new ExceptionDraft("2026-10-01", "Again", List.of())),
                        0.75,
                        7)));
    }

    @Test
    void anExceptionNeedsARealDateAndAName() {
        assertEquals(
                List.of(
                        "exceptions[0].date: must be a date as YYYY-MM-DD, got '2026-02-30'",
                        "exceptions[0].name: must not be blank"),
                sentences(change(
                        "Asia/Shanghai",
                        NINE_TO_SIX,
                        List.of(new ExceptionDraft("2026-02-30", " ", List.of())),
                        0.75,
                        7)));
    }

    @Test
    void aWeekWithoutWorkingTimeAndABadReopenWindowAreRefusedTogether() {
        assertEquals(
                List.of(
                        "week: give at least one working period in the week",
                        "reopenDays: must be from 0 to 365, found -1"),
                sentences(change("Asia/Shanghai", Map.of(), List.of(), 0.75, -1)));
    }
}
