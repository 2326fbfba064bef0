package com.strata.web.dashboard;

import com.strata.dashboard.RunFigures;
import com.strata.scoring.Segment;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The R × F grid as a heatmap: rows R 5 (most recent) down to 1, columns F 1 to 5, each cell shaded by its customers
 * against the fullest cell and named by the segment most of its customers fell into.
 */
public record GridHeatmap(List<Row> rows) implements Serializable {

    static final int SCORES = 5;
    private static final double DARK = 0.55;

    public record Row(int r, List<Cell> cells) implements Serializable {}

    /** {@code segment} is null for an empty cell; {@code others} counts the further segments the cell holds. */
    public record Cell(
            int r, int f, long customers, double revenue, String segment, int others, double shade, String link)
            implements Serializable {

        public String style() {
            return String.format(
                    Locale.ROOT,
                    "background-color: rgba(13, 110, 110, %.3f);%s",
                    shade,
                    shade > DARK ? " color: #fff;" : "");
        }
    }

    static GridHeatmap of(List<RunFigures.GridCell> grid, Function<Segment, String> segmentName) {
        Map<Integer, RunFigures.GridCell> byCell = new HashMap<>();
        grid.forEach(cell -> byCell.put(cell.r() * 10 + cell.f(), cell));
        long max = grid.stream().mapToLong(RunFigures.GridCell::customers).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        for (int r = SCORES; r >= 1; r--) {
            List<Cell> cells = new ArrayList<>();
            for (int f = 1; f <= SCORES; f++) {
                RunFigures.GridCell cell = byCell.get(r * 10 + f);
                String link = DashboardLinks.audience("r", Integer.toString(r), "f", Integer.toString(f));
                if (cell == null) {
                    cells.add(new Cell(r, f, 0, 0, null, 0, 0, link));
                } else {
                    cells.add(new Cell(
                            r,
                            f,
                            cell.customers(),
                            cell.revenue(),
                            cell.segments().isEmpty()
                                    ? null
                                    : segmentName.apply(cell.segments().get(0).segment()),
                            Math.max(0, cell.segments().size() - 1),
                            max == 0 ? 0 : (double) cell.customers() / max,
                            link));
                }
            }
            rows.add(new Row(r, List.copyOf(cells)));
        }
        return new GridHeatmap(List.copyOf(rows));
    }
}
