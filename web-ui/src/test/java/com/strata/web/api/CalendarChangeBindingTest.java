package com.strata.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.strata.calendar.CalendarChange;
import com.strata.calendar.ExceptionDraft;
import com.strata.calendar.PeriodDraft;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A calendar body as {@code PUT /service-calendar} binds it: weekdays by name, times and dates as written. */
class CalendarChangeBindingTest {

    private final Jsonb jsonb = new StrictJsonBinding().getContext(CalendarChange.class);

    @Test
    void weekdaysBindByNameAndTimesStayAsWritten() {
        String body = "{\"zone\":\"Europe/Berlin\",\"week\":{\"MONDAY\":[{\"start\":\"09:00\",\"end\":\"12:00\"},"
                + "{\"start\":\"13:30\",\"end\":\"18:00\"}]},\"exceptions\":[{\"date\":\"2026-10-03\","
                + "\"name\":\"Tag der Deutschen Einheit\",\"periods\":[]}],\"warningShare\":0.8,\"reopenDays\":7}";

        assertEquals(
                new CalendarChange(
                        "Europe/Berlin",
                        Map.of(
                                DayOfWeek.MONDAY,
                                List.of(new PeriodDraft("09:00", "12:00"), new PeriodDraft("13:30", "18:00"))),
                        List.of(new ExceptionDraft("2026-10-03", "Tag der Deutschen Einheit", List.of())),
                        0.8,
                        7,
                        null),
                jsonb.fromJson(body, CalendarChange.class));
    }

    @Test
    void anUnknownWeekdayIsRefused() {
        assertThrows(
                JsonbException.class,
                () -> jsonb.fromJson("{\"zone\":\"Asia/Shanghai\",\"week\":{\"MONTAG\":[]}}", CalendarChange.class));
    }
}
