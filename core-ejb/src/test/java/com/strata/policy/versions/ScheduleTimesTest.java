package com.strata.policy.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTimesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static ZonedDateTime at(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), SHANGHAI);
    }

    @Test
    void theNightlyDefaultRunsAtTwoEachDayStartingTomorrowWhenTwoHasPassed() {
        List<ZonedDateTime> next = ScheduleTimes.of(RunSchedule.defaults()).next(at("2026-03-10T02:00"), 3);

        assertEquals(List.of(at("2026-03-11T02:00"), at("2026-03-12T02:00"), at("2026-03-13T02:00")), next);
    }

    @Test
    void weekdaysByNameListsAndStepsAreUnderstood() {
        // 2026-03-13 is a Friday: the next weekday runs are Friday 18:30, Monday 06:30 and Monday 18:30.
        RunSchedule schedule = new RunSchedule("30", "6/12", "*", "*", "Mon-Fri");

        assertEquals(
                List.of(at("2026-03-13T18:30"), at("2026-03-16T06:30"), at("2026-03-16T18:30")),
                ScheduleTimes.of(schedule).next(at("2026-03-13T07:00"), 3));
    }

    @Test
    void aDayOfMonthAndADayOfWeekBothRestrictedFireOnEither() {
        // The 1st of the month or any Sunday (7 is Sunday too); 2026-03-01 is a Sunday, 2026-04-01 a Wednesday.
        RunSchedule schedule = new RunSchedule("0", "3", "1", "*", "7");

        assertEquals(
                List.of(at("2026-03-22T03:00"), at("2026-03-29T03:00"), at("2026-04-01T03:00")),
                ScheduleTimes.of(schedule).next(at("2026-03-21T12:00"), 3));
    }

    @Test
    void aDateThatNeverComesFiresNever() {
        assertTrue(ScheduleTimes.of(new RunSchedule("0", "0", "30", "Feb", "*"))
                .next(at("2026-01-01T00:00"), 3)
                .isEmpty());
    }

    @Test
    void aFieldOutOfRangeIsRefusedWhenTheScheduleIsMade() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> new RunSchedule("0", "24", "*", "*", "*"));

        assertEquals("schedule hour \"24\" is not understood: values run from 0 to 23", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RunSchedule("0", "2", "Last", "*", "*"));
    }
}
