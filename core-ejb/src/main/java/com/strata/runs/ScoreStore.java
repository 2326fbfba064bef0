package com.strata.runs;

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
 * Writes one chunk of a run's scores (COPY on PostgreSQL, a JDBC batch elsewhere), inside the chunk's transaction. A retried chunk first removes
 * what an earlier attempt of the same chunk wrote, so every customer is written exactly once per run, however often
 * the chunk is retried. Live tiers change only when the whole run is written ({@link TierApplication}).
 */
@Stateless
@PermitAll
public class ScoreStore {

    private static final String DELETE_SCORES =
            "DELETE FROM customer_score WHERE run_id = ? AND customer_id BETWEEN ? AND ?";

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private RunScoring scoring;

    /** Writes the customers at positions {@code from} (inclusive) to {@code to} (exclusive) of the run's input. */
    public void write(long runId, int from, int to) {
        ScoredRun run = scoring.scoredRun(runId);
        long[] ids = run.base().customerIds();
        SegmentMap segments = SegmentMap.of(run.policy().segmentScheme());
        double unitDays = run.policy().clv().timeUnit().days();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_SCORES)) {
                delete.setLong(1, runId);
                delete.setLong(2, ids[from]);
                delete.setLong(3, ids[to - 1]);
                delete.executeUpdate();
            }
            try (ScoreSink scores = ScoreSink.on(connection)) {
                for (int i = from; i < to; i++) {
                    var inputs = ScoreRows.ModelInputs.of(run.base().summaries().get(i).history(), run.asOf(),
                            unitDays);
                    ScoreRows.add(scores, runId, ids[i], run.result().score(i), inputs, segments);
                }
                scores.flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the scores of run " + runId + " for customers "
                    + ids[from] + " to " + ids[to - 1] + ": " + e.getMessage(), e);
        }
    }
}
