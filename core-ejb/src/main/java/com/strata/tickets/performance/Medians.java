package com.strata.tickets.performance;

import java.util.Arrays;

/** The median of a list of durations in minutes: the middle one, or the lower of the two middle ones. */
final class Medians {

    private Medians() {}

    static Long of(long[] values, int size) {
        if (size == 0) {
            return null;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return sorted[(size - 1) / 2];
    }
}
