package com.strata.policy.versions;

import java.util.regex.Pattern;

/**
 * When the reclassification job runs, as the fields of an EJB calendar schedule (the same syntax as cron: values,
 * lists {@code 1,15}, ranges {@code 1-5}, steps {@code *}{@code /2}, names {@code Mon}, {@code Jan}, and {@code *};
 * {@link ScheduleTimes} says when it fires). The server's time zone applies.
 */
public record RunSchedule(String minute, String hour, String dayOfMonth, String month, String dayOfWeek) {

    private static final Pattern FIELD = Pattern.compile("[0-9A-Za-z*/,\\-]{1,40}");

    public RunSchedule {
        check("minute", minute);
        check("hour", hour);
        check("dayOfMonth", dayOfMonth);
        check("month", month);
        check("dayOfWeek", dayOfWeek);
        // Refuses at once what the scheduler would not understand.
        new ScheduleTimes(minute, hour, dayOfMonth, month, dayOfWeek);
    }

    /** Every night at 02:00, the shipped default. */
    public static RunSchedule defaults() {
        return new RunSchedule("0", "2", "*", "*", "*");
    }

    /** The schedule as one cron-style line, {@code minute hour day-of-month month day-of-week}. */
    @Override
    public String toString() {
        return String.join(" ", minute, hour, dayOfMonth, month, dayOfWeek);
    }

    private static void check(String field, String value) {
        if (value == null || !FIELD.matcher(value).matches()) {
            throw new IllegalArgumentException("schedule " + field + " \"" + value
                    + "\" is not a calendar field; use numbers, lists (1,15), ranges (1-5), steps (*/2) or *");
        }
    }
}
