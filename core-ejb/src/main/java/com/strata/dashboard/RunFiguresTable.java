package com.strata.dashboard;

import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each run's figures in {@code run_figures} as one JSON document (the member names are {@link RunFigures}'
 * component names): the dashboard reads one short row per view, whatever the size of the base. Written by the
 * publish step of every run, or once for a run stored before the dashboard existed.
 */
public final class RunFiguresTable {

    // Thread-safe; one instance spares looking the provider up per document.
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** MERGE: the one form both H2 and PostgreSQL understand; a second writer of the same run changes nothing. */
    private static final String WRITE = """
            MERGE INTO run_figures t
            USING (SELECT CAST(? AS BIGINT) AS run_id, CAST(? AS TIMESTAMP) AS computed_at,
                CAST(? AS VARCHAR(1000000)) AS figures) v
            ON t.run_id = v.run_id
            WHEN NOT MATCHED THEN INSERT (run_id, computed_at, figures) VALUES (v.run_id, v.computed_at, v.figures)
            """;

    private RunFiguresTable() {}

    public static void write(Connection db, long runId, RunFigures figures, LocalDateTime computedAt)
            throws SQLException {
        try (PreparedStatement merge = db.prepareStatement(WRITE)) {
            merge.setLong(1, runId);
            merge.setTimestamp(2, Timestamp.valueOf(computedAt));
            merge.setString(3, JSONB.toJson(figures));
            merge.executeUpdate();
        }
    }

    /** Empty for a run whose figures were never computed. */
    public static Optional<RunFigures> read(Connection db, long runId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT figures FROM run_figures WHERE run_id = ?")) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(JSONB.fromJson(row.getString(1), RunFigures.class)) : Optional.empty();
            }
        }
    }

    /**
     * Counts a stored run's figures from its score rows, in one pass in customer order: for runs that published
     * before the dashboard existed. Revenue is the window amount the score kept, or the run's input for scores
     * written before scores kept it.
     */
    public static RunFigures count(Connection db, long runId, List<String> ladder) throws SQLException {
        long expected;
        try (PreparedStatement size = db.prepareStatement("SELECT COUNT(*) FROM customer_score WHERE run_id = ?")) {
            size.setLong(1, runId);
            try (ResultSet row = size.executeQuery()) {
                row.next();
                expected = row.getLong(1);
            }
        }
        FigureTally tally = new FigureTally(ladder, (int) Math.min(expected, Integer.MAX_VALUE - 8));
        try (PreparedStatement select = db.prepareStatement("""
                SELECT s.assigned_tier, s.r_score, s.f_score, s.segment, s.stage,
                    COALESCE(s.window_amount, i.window_amount, 0), s.predicted_clv, s.churn_risk, s.churn_warning
                FROM customer_score s
                LEFT JOIN run_input i ON i.run_id = s.run_id AND i.customer_id = s.customer_id
                WHERE s.run_id = ?
                """)) {
            select.setLong(1, runId);
            select.setFetchSize(10_000);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    double predicted = row.getDouble(7);
                    boolean notPredicted = row.wasNull();
                    tally.add(
                            row.getString(1),
                            row.getInt(2),
                            row.getInt(3),
                            Segment.valueOf(row.getString(4)),
                            LifecycleStage.valueOf(row.getString(5)),
                            row.getDouble(6),
                            notPredicted ? Double.NaN : predicted,
                            row.getDouble(8),
                            row.getBoolean(9));
                }
            }
        }
        return tally.figures();
    }
}
