package com.strata.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Map;

/**
 * How busy each day of the history is: the weeks before Chinese New Year (and a lull during the holiday), the 618
 * and Double 11 shopping festivals, and the year-end budget rush. Purchase days are drawn in proportion to these
 * weights, by binary search over their running sum.
 */
final class Seasonality {

    /** Chinese New Year's day; the lunar calendar has no simple rule, so the years the demo can span are listed. */
    private static final Map<Integer, LocalDate> NEW_YEAR = Map.ofEntries(
            Map.entry(2018, LocalDate.of(2018, 2, 16)), Map.entry(2019, LocalDate.of(2019, 2, 5)),
            Map.entry(2020, LocalDate.of(2020, 1, 25)), Map.entry(2021, LocalDate.of(2021, 2, 12)),
            Map.entry(2022, LocalDate.of(2022, 2, 1)), Map.entry(2023, LocalDate.of(2023, 1, 22)),
            Map.entry(2024, LocalDate.of(2024, 2, 10)), Map.entry(2025, LocalDate.of(2025, 1, 29)),
            Map.entry(2026, LocalDate.of(2026, 2, 17)), Map.entry(2027, LocalDate.of(2027, 2, 6)),
            Map.entry(2028, LocalDate.of(2028, 1, 26)), Map.entry(2029, LocalDate.of(2029, 2, 13)),
            Map.entry(2030, LocalDate.of(2030, 2, 3)), Map.entry(2031, LocalDate.of(2031, 1, 23)),
            Map.entry(2032, LocalDate.of(2032, 2, 11)), Map.entry(2033, LocalDate.of(2033, 1, 31)),
            Map.entry(2034, LocalDate.of(2034, 2, 19)), Map.entry(2035, LocalDate.of(2035, 2, 8)));

    private final double[] cumulative;

    Seasonality(HistoryCalendar calendar) {
        cumulative = new double[calendar.days() + 1];
        for (int day = 0; day < calendar.days(); day++) {
            cumulative[day + 1] = cumulative[day] + weight(calendar.date(day));
        }
    }

    /** A day in [from, to], both inclusive, drawn in proportion to its weight. */
    int sample(DemoRandom random, int from, int to) {
        double target = cumulative[from] + random.nextDouble() * (cumulative[to + 1] - cumulative[from]);
        int index = Arrays.binarySearch(cumulative, from, to + 2, target);
        int day = index >= 0 ? index : -index - 2;
        return Math.min(Math.max(day, from), to);
    }

    static double weight(LocalDate date) {
        double weight = 1.0;
        LocalDate newYear = NEW_YEAR.getOrDefault(date.getYear(), LocalDate.of(date.getYear(), 2, 5));
        long toNewYear = newYear.toEpochDay() - date.toEpochDay();
        if (toNewYear > 0 && toNewYear <= 21) {
            weight += 1.2;
        } else if (toNewYear <= 0 && toNewYear > -7) {
            weight *= 0.35;
        }
        int dayOfMonth = date.getDayOfMonth();
        if (date.getMonth() == Month.NOVEMBER && dayOfMonth <= 11) {
            weight += dayOfMonth == 11 ? 5.0 : 1.5;
        } else if (date.getMonth() == Month.JUNE && dayOfMonth <= 18) {
            weight += dayOfMonth == 18 ? 2.5 : 0.6;
        } else if (date.getMonth() == Month.DECEMBER) {
            weight += 0.5;
        }
        return weight;
    }
}
