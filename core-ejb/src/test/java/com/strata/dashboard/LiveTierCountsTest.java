package com.strata.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveTierCountsTest {

    private static final List<String> TO = List.of("Diamond", "Gold", "Bronze");

    @Test
    void aMigrationMatrixMovesTheOffDiagonalCustomersAndAddsTheUntiered() {
        List<String> from = List.of("Diamond", "Gold", "Bronze", "Legacy", "(none)");
        List<List<Long>> counts = List.of(
                List.of(10L, 2L, 0L),
                List.of(1L, 20L, 3L),
                List.of(0L, 0L, 30L),
                List.of(0L, 4L, 0L),
                List.of(0L, 1L, 5L));

        Map<String, Long> changes = LiveTierCounts.changes(from, TO, counts, "(none)");

        assertEquals(
                Map.of("Diamond", -2L + 1L, "Gold", 2L - 1L - 3L + 4L + 1L, "Bronze", 3L + 5L, "Legacy", -4L), changes);
    }

    @Test
    void aRunThatMovesNobodyChangesNoCount() {
        List<List<Long>> counts = List.of(List.of(5L, 0L, 0L), List.of(0L, 7L, 0L), List.of(0L, 0L, 9L));

        assertEquals(Map.of(), LiveTierCounts.changes(TO, TO, counts, "(none)"));
    }
}
