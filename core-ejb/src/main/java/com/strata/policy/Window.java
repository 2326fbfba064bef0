package com.strata.policy;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The period RFM values are measured over, always ending on (and including) the as-of date.
 *
 * <p>The spend trend compares the window with the period of the same length just before it; an all-history window
 * has no such twin, so its trend uses the last {@value #TREND_MONTHS_FOR_ALL_HISTORY} months instead.
 */
public sealed interface Window {

    int TREND_MONTHS_FOR_ALL_HISTORY = 12;

    static Window rollingMonths(int months) {
        return new Rolling(months);
    }

    static Window allHistory() {
        return new AllHistory();
    }

    /** The first day inside the window, or empty when the window reaches back to the first purchase. */
    Optional<LocalDate> firstDay(LocalDate asOf);

    /** Length in months of each of the two periods the spend trend compares. */
    int trendMonths();

    default boolean contains(LocalDate day, LocalDate asOf) {
        return !day.isAfter(asOf)
                && firstDay(asOf).map(first -> !day.isBefore(first)).orElse(true);
    }

    /** The last {@code months} months before the as-of date: days after {@code asOf - months}, up to {@code asOf}. */
    record Rolling(int months) implements Window {
        public Rolling {
            if (months < 1) {
                throw new IllegalArgumentException("window months must be at least 1, got " + months);
            }
        }

        @Override
        public Optional<LocalDate> firstDay(LocalDate asOf) {
            return Optional.of(asOf.minusMonths(months).plusDays(1));
        }

        @Override
        public int trendMonths() {
            return months;
        }
    }

    /** Every purchase up to the as-of date. */
    record AllHistory() implements Window {
        @Override
        public Optional<LocalDate> firstDay(LocalDate asOf) {
            return Optional.empty();
        }

        @Override
        public int trendMonths() {
            return TREND_MONTHS_FOR_ALL_HISTORY;
        }
    }
}
