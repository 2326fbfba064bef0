package com.strata.calendar;

import static com.strata.refusal.ProblemCode.*;

import com.strata.refusal.Problem;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a service calendar may hold. Every problem names its field ({@code zone}, {@code week.MONDAY[1].end}, {@code
 * exceptions[0].date}, {@code warningShare}, {@code reopenDays}) and the value found; all are listed at once.
 */
public final class CalendarRules {

    /** Column length of an exception's name. */
    public static final int NAME_LENGTH = 80;

    /** The longest reopen window an administrator may set. */
    public static final int MAX_REOPEN_DAYS = 365;

    private CalendarRules() {}

    /** A change read and checked: its problems, and when there are none its values. */
    public record Checked(
            List<Problem> problems,
            ZoneId zone,
            Map<DayOfWeek, List<WorkingPeriod>> week,
            List<CalendarDay> exceptions,
            double warningShare,
            int reopenDays) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Checked check(CalendarChange change) {
        List<Problem> problems = new ArrayList<>();
        ZoneId zone = zone(problems, change.zone());
        Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
        boolean anyWorkingTime = false;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<PeriodDraft> drafts =
                    change.week() == null ? null : change.week().get(day);
            List<WorkingPeriod> periods = periods(problems, "week." + day, drafts);
            week.put(day, periods);
            anyWorkingTime |= drafts != null && !drafts.isEmpty();
        }
        if (!anyWorkingTime) {
            problems.add(Problem.of("week", NO_WORKING_TIME));
        }
        List<CalendarDay> exceptions = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        List<ExceptionDraft> drafts = change.exceptions() == null ? List.of() : change.exceptions();
        for (int i = 0; i < drafts.size(); i++) {
            ExceptionDraft draft = drafts.get(i);
            String field = "exceptions[" + i + "]";
            if (draft == null) {
                problems.add(Problem.of(field, MISSING));
                continue;
            }
            CalendarDay day = exception(problems, field, draft);
            if (day != null && !dates.add(day.date())) {
                problems.add(Problem.of(field + ".date", DUPLICATE_DATE, day.date()));
            } else if (day != null) {
                exceptions.add(day);
            }
        }
        exceptions.sort(Comparator.comparing(CalendarDay::date));
        Double share = change.warningShare();
        if (share == null || !(share > 0 && share < 1)) {
            problems.add(Problem.of("warningShare", SHARE_BETWEEN, share));
        }
        Integer reopen = change.reopenDays();
        if (reopen == null || reopen < 0 || reopen > MAX_REOPEN_DAYS) {
            problems.add(Problem.of("reopenDays", DAYS_FROM_ZERO_TO, MAX_REOPEN_DAYS, reopen));
        }
        boolean valid = problems.isEmpty();
        return new Checked(List.copyOf(problems), zone, week, exceptions, valid ? share : 0, valid ? reopen : 0);
    }

    /** The problems of one exception on its own (the page adds one at a time); {@code field} prefixes each. */
    public static List<Problem> problems(String field, ExceptionDraft draft) {
        List<Problem> problems = new ArrayList<>();
        exception(problems, field, draft);
        return problems;
    }

    static CalendarDay exception(List<Problem> problems, String field, ExceptionDraft draft) {
        int before = problems.size();
        LocalDate date = null;
        if (draft.date() == null || draft.date().isBlank()) {
            problems.add(Problem.of(field + ".date", MISSING));
        } else {
            try {
                date = LocalDate.parse(draft.date().strip());
            } catch (DateTimeException e) {
                problems.add(Problem.of(field + ".date", DATE, quoted(draft.date())));
            }
        }
        String name = draft.name() == null ? null : draft.name().strip();
        if (name == null || name.isEmpty()) {
            problems.add(Problem.of(field + ".name", NOT_BLANK));
        } else if (name.length() > NAME_LENGTH) {
            problems.add(Problem.of(field + ".name", AT_MOST_CHARACTERS_GOT, NAME_LENGTH, name.length()));
        }
        List<WorkingPeriod> periods = periods(problems, field + ".periods", draft.periods());
        return problems.size() == before ? new CalendarDay(date, name, periods) : null;
    }

    private static ZoneId zone(List<Problem> problems, String zone) {
        if (zone == null || zone.isBlank()) {
            problems.add(Problem.of("zone", MISSING));
            return null;
        }
        try {
            // Region ids only: a fixed offset such as +08:00 would ignore daylight-saving switches of the region.
            ZoneId id = ZoneId.of(zone.strip());
            if (id.getId().contains("/")) {
                return id;
            }
        } catch (DateTimeException e) {
            // named below
        }
        problems.add(Problem.of("zone", UNKNOWN_ZONE, quoted(zone)));
        return null;
    }

    private static List<WorkingPeriod> periods(List<Problem> problems, String field, List<PeriodDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            return List.of();
        }
        List<WorkingPeriod> periods = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String at = field + "[" + i + "]";
            PeriodDraft draft = drafts.get(i);
            if (draft == null) {
                problems.add(Problem.of(at, MISSING));
                continue;
            }
            LocalTime start = time(problems, at + ".start", draft.start());
            LocalTime end = time(problems, at + ".end", draft.end());
            if (start == null || end == null) {
                continue;
            }
            if (!end.isAfter(start)) {
                problems.add(Problem.of(at + ".end", END_AFTER_START, start, end));
                continue;
            }
            WorkingPeriod period = new WorkingPeriod(start, end);
            WorkingPeriod overlapped =
                    periods.stream().filter(period::overlaps).findFirst().orElse(null);
            if (overlapped != null) {
                problems.add(Problem.of(at, PERIODS_OVERLAP, overlapped, period));
                continue;
            }
            periods.add(period);
        }
        periods.sort(null);
        return List.copyOf(periods);
    }

    private static LocalTime time(List<Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(field, MISSING));
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeException e) {
            problems.add(Problem.of(field, TIME_OF_DAY, quoted(value)));
            return null;
        }
    }

    private static String quoted(String value) {
        return "'" + value + "'";
    }
}
