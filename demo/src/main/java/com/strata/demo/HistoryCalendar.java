package com.strata.demo;

import java.time.LocalDate;

/**
 * The days of the demo history, numbered from its first day (three years before the as-of date) to the as-of date
 * itself, with each day's ISO text made once so millions of rows never format a date.
 */
final class HistoryCalendar {

    static final int HISTORY_YEARS = 3;

    private final LocalDate first;
    private final String[] iso;

    HistoryCalendar(LocalDate asOf) {
        first = asOf.minusYears(HISTORY_YEARS);
        iso = new String[(int) (asOf.toEpochDay() - first.toEpochDay()) + 1];
        for (int day = 0; day < iso.length; day++) {
            iso[day] = first.plusDays(day).toString();
        }
    }

    /** Number of days, the as-of date included. */
    int days() {
        return iso.length;
    }

    /** The as-of date's day number; nothing is generated after it. */
    int asOfDay() {
        return iso.length - 1;
    }

    LocalDate date(int day) {
        return first.plusDays(day);
    }

    String iso(int day) {
        return iso[day];
    }

    /** A day number kept inside the history, for events drawn relative to another day. */
    int clamp(int day) {
        return Math.min(Math.max(day, 0), asOfDay());
    }
}
