package com.strata.web.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.runs.RunSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run page's heatmap, drawn from a run's migration matrix. */
class MigrationHeatmapTest {

    private static final RunSummary.MigrationMatrix MATRIX = new RunSummary.MigrationMatrix(
            List.of("Gold", "Silver", RunSummary.NO_TIER),
            List.of("Gold", "Silver"),
            List.of(List.of(8L, 2L), List.of(4L, 0L), List.of(0L, 1L)));

    @Test
    void cellsAreShadedAgainstTheLargestCountAndKeptTiersAreOnTheDiagonal() {
        MigrationHeatmap heatmap = MigrationHeatmap.of(MATRIX);

        assertEquals(List.of("Gold", "Silver"), heatmap.to());
        assertEquals(
                List.of(new MigrationHeatmap.Cell(8, 1.0, true), new MigrationHeatmap.Cell(2, 0.25, false)),
                heatmap.rows().get(0).cells());
        assertEquals(
                List.of(new MigrationHeatmap.Cell(4, 0.5, false), new MigrationHeatmap.Cell(0, 0.0, true)),
                heatmap.rows().get(1).cells());
    }

    @Test
    void customersWithoutATierBeforeTheRunHaveTheirOwnRow() {
        List<MigrationHeatmap.Row> rows = MigrationHeatmap.of(MATRIX).rows();

        assertFalse(rows.get(1).untiered());
        assertTrue(rows.get(2).untiered());
    }

    @Test
    void aRunOfNoCustomersHasNoShade() {
        MigrationHeatmap empty = MigrationHeatmap.of(new RunSummary.MigrationMatrix(
                List.of("Gold", RunSummary.NO_TIER), List.of("Gold"), List.of(List.of(0L), List.of(0L))));

        assertEquals(0.0, empty.rows().get(0).cells().get(0).shade());
    }
}
