package com.strata.web.runs;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tier-migration matrix as a heatmap: rows are the tier before the run, columns the tier after. Each cell is
 * shaded in proportion to its count against the largest count, so where customers went stands out at a glance.
 */
public record MigrationMatrix(List<String> to, List<Row> rows) implements Serializable {

    /** Above this shade the count is written in white to stay readable on the dark cell. */
    private static final double DARK = 0.55;

    public record Row(String from, List<Cell> cells) implements Serializable {

        /** The row of customers who had no tier before the run; the summary labels it "(none)". */
        public boolean untiered() {
            return "(none)".equals(from);
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

    static MigrationMatrix of(JsonObject migration) {
        List<String> from = strings(migration.getJsonArray("from"));
        List<String> to = strings(migration.getJsonArray("to"));
        JsonArray counts = migration.getJsonArray("counts");
        long max = 0;
        for (int r = 0; r < counts.size(); r++) {
            for (int c = 0; c < counts.getJsonArray(r).size(); c++) {
                max = Math.max(max, counts.getJsonArray(r).getJsonNumber(c).longValue());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < from.size(); r++) {
            JsonArray row = counts.getJsonArray(r);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < to.size(); c++) {
                long count = row.getJsonNumber(c).longValue();
                cells.add(new Cell(
                        count, max == 0 ? 0 : (double) count / max, from.get(r).equals(to.get(c))));
            }
            rows.add(new Row(from.get(r), List.copyOf(cells)));
        }
        return new MigrationMatrix(to, List.copyOf(rows));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
