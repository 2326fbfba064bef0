package com.strata.web.runs;

import com.strata.runs.RunSummary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run's tier-migration matrix as a heatmap: rows are the tier before the run, columns the tier after. Each cell is
 * shaded in proportion to its count against the largest count, so where customers went stands out at a glance.
 */
public record MigrationHeatmap(List<String> to, List<Row> rows) implements Serializable {

    /** Above this shade the count is written in white to stay readable on the dark cell. */
    private static final double DARK = 0.55;

    public record Row(String from, List<Cell> cells) implements Serializable {

        /** The row of customers who had no tier before the run. */
        public boolean untiered() {
            return RunSummary.NO_TIER.equals(from);
        }
    }

    /** {@code shade} is count / largest count, 0–1; {@code diagonal} marks customers who kept their tier. */
    public record Cell(long count, double shade, boolean diagonal) implements Serializable {

        public String style() {
            return String.format(
                    Locale.ROOT,
                    "background-color: rgba(31, 58, 95, %.3f);%s",
                    shade,
                    shade > DARK ? " color: #fff;" : "");
        }
    }

    public static MigrationHeatmap of(RunSummary.MigrationMatrix migration) {
        List<String> from = migration.from();
        List<String> to = migration.to();
        long max = migration.counts().stream()
                .flatMap(List::stream)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < from.size(); r++) {
            List<Long> row = migration.counts().get(r);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < to.size(); c++) {
                long count = row.get(c);
                cells.add(new Cell(
                        count, max == 0 ? 0 : (double) count / max, from.get(r).equals(to.get(c))));
            }
            rows.add(new Row(from.get(r), List.copyOf(cells)));
        }
        return new MigrationHeatmap(to, List.copyOf(rows));
    }
}
