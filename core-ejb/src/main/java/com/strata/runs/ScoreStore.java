package com.strata.runs;

import com.strata.scoring.CustomerScore;
import com.strata.scoring.CustomerSummary;
import com.strata.scoring.SegmentMap;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Writes one chunk of a run inside the chunk's transaction: its scores, for an APPLY run its tier changes (binary
 * COPY on PostgreSQL, JDBC batches elsewhere), and the chunk's row of the run's progress. A retried chunk first removes what an earlier attempt of the
 * same chunk wrote, so every customer is written exactly once per run, however often the chunk is retried. Like the
 * scores, tier changes count once their run has completed; live tiers change only then ({@link TierApplication}).
 */
@Stateless
@PermitAll
public class ScoreStore {

    private static final String DELETE_RANGE = "DELETE FROM %s WHERE run_id = ? AND customer_id BETWEEN ? AND ?";

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private RunScoring scoring;

    /** Writes the customers at positions {@code from} (inclusive) to {@code to} (exclusive) of the run's input. */
    public void write(long runId, int from, int to) {
        ScoredRun run = scoring.scoredRun(runId);
        long[] ids = run.base().customerIds();
        boolean apply = run.mode() == RunMode.APPLY;
        SegmentMap segments = SegmentMap.of(run.policy().segmentScheme());
        double unitDays = run.policy().clv().timeUnit().days();
        try (Connection connection = dataSource.getConnection()) {
            clear(connection, ScoreRows.TABLE, runId, ids[from], ids[to - 1]);
            if (apply) {
                clear(connection, TierChangeRows.TABLE, runId, ids[from], ids[to - 1]);
            }
            try (RowSink scores = RowSink.on(connection, ScoreRows.TABLE, ScoreRows.COLUMNS);
                    RowSink changes = RowSink.on(connection, TierChangeRows.TABLE, TierChangeRows.COLUMNS)) {
                for (int i = from; i < to; i++) {
                    CustomerScore score = run.result().score(i);
                    CustomerSummary input = run.base().summaries().get(i);
                    ScoreRows.add(
                            scores,
                            runId,
                            ids[i],
                            score,
                            ScoreRows.ModelInputs.of(input.history(), run.asOf(), unitDays),
                            segments);
                    if (apply) {
                        TierChangeRows.add(changes, runId, ids[i], input.tierHistory(), score.tier(), run.asOf());
                    }
                }
                scores.flush();
                changes.flush();
            }
            recordChunk(connection, runId, from, to - from);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not write the scores of run " + runId + " for customers " + ids[from] + " to " + ids[to - 1]
                            + ": " + e.getMessage(),
                    e);
        }
    }

    /** The chunk's row of the run's progress ({@code run_chunk}), replaced by a retried chunk like its scores. */
    private static void recordChunk(Connection connection, long runId, int from, int customers) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM run_chunk WHERE run_id = ? AND first_position = ?")) {
            delete.setLong(1, runId);
            delete.setInt(2, from);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO run_chunk (run_id, first_position, customers) VALUES (?, ?, ?)")) {
            insert.setLong(1, runId);
            insert.setInt(2, from);
            insert.setInt(3, customers);
            insert.executeUpdate();
        }
    }

    private static void clear(Connection connection, String table, long runId, long firstId, long lastId)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_RANGE.formatted(table))) {
            delete.setLong(1, runId);
            delete.setLong(2, firstId);
            delete.setLong(3, lastId);
            delete.executeUpdate();
        }
    }
}
