package com.strata.runs;

import com.strata.scoring.CustomerScore;
import com.strata.scoring.CustomerSummary;
import com.strata.scoring.ExplanationItem;
import com.strata.scoring.PurchaseHistory;
import com.strata.system.StrataDataSource;
import com.strata.tiering.TierChange;
import com.strata.tiering.TierDecision;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * Writes one chunk of a run's scores in JDBC batches, inside the chunk's transaction: the scores, and for APPLY runs
 * the tier changes and each customer's new live tier. A retried chunk first removes what an earlier attempt of the
 * same chunk wrote, so every customer is written exactly once per run, however often the chunk is retried.
 */
@Stateless
@PermitAll
public class ScoreStore {

    private static final String DELETE_SCORES =
            "DELETE FROM customer_score WHERE run_id = ? AND customer_id BETWEEN ? AND ?";
    private static final String DELETE_CHANGES =
            "DELETE FROM tier_change WHERE run_id = ? AND customer_id BETWEEN ? AND ?";
    private static final String INSERT_SCORE = """
            INSERT INTO customer_score (run_id, customer_id, recency_days, frequency, monetary, r_score, f_score,
                m_score, bg_x, bg_t_x, bg_t, segment, stage, historical_clv, p_alive, expected_purchases, predicted_clv,
                churn_risk, churn_warning, value_index, current_value, potential_value, relationship_value,
                proposed_tier, assigned_tier, downgrade_warning, explanation)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_CHANGE = """
            INSERT INTO tier_change (run_id, customer_id, from_tier, to_tier, reason, approved_by, changed_on)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE_TIER = """
            UPDATE customer SET tier = ?, tier_lower_runs = ?,
                tier_since = CASE WHEN tier IS NULL OR tier <> ? THEN ? ELSE tier_since END
            WHERE id = ?
            """;

    /** One factory for all explanations: {@code Json.create...Builder()} looks its provider up on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private RunScoring scoring;

    /** Writes the customers at positions {@code from} (inclusive) to {@code to} (exclusive) of the run's input. */
    public void write(long runId, int from, int to) {
        ScoredRun run = scoring.scoredRun(runId);
        long[] ids = run.base().customerIds();
        try (Connection connection = dataSource.getConnection()) {
            clear(connection, DELETE_SCORES, runId, ids[from], ids[to - 1]);
            if (run.mode() == RunMode.APPLY) {
                clear(connection, DELETE_CHANGES, runId, ids[from], ids[to - 1]);
            }
            try (PreparedStatement scores = connection.prepareStatement(INSERT_SCORE);
                    PreparedStatement changes = connection.prepareStatement(INSERT_CHANGE);
                    PreparedStatement tiers = connection.prepareStatement(UPDATE_TIER)) {
                for (int i = from; i < to; i++) {
                    CustomerScore score = run.result().score(i);
                    addScore(scores, run, i, score);
                    if (run.mode() == RunMode.APPLY) {
                        addLiveTier(changes, tiers, run, i, score.tier());
                    }
                }
                scores.executeBatch();
                changes.executeBatch();
                tiers.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the scores of run " + runId + " for customers "
                    + ids[from] + " to " + ids[to - 1] + ": " + e.getMessage(), e);
        }
    }

    private static void clear(Connection connection, String sql, long runId, long firstId, long lastId)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setLong(1, runId);
            delete.setLong(2, firstId);
            delete.setLong(3, lastId);
            delete.executeUpdate();
        }
    }

    private static void addScore(PreparedStatement insert, ScoredRun run, int i, CustomerScore score)
            throws SQLException {
        CustomerSummary input = run.base().summaries().get(i);
        double unitDays = run.policy().clv().timeUnit().days();
        PurchaseHistory history = input.history();
        int p = 1;
        insert.setLong(p++, run.runId());
        insert.setLong(p++, run.base().customerIds()[i]);
        setInt(insert, p++, score.rfm().recencyDays());
        insert.setDouble(p++, score.rfm().frequency());
        insert.setDouble(p++, score.rfm().monetary());
        insert.setInt(p++, score.rfm().recencyScore());
        insert.setInt(p++, score.rfm().frequencyScore());
        insert.setInt(p++, score.rfm().monetaryScore());
        // The BG/NBD inputs as the engine defines them (x repeat purchase days, t_x and T in the model's time unit).
        insert.setInt(p++, history.hasPurchased() ? history.purchaseDays() - 1 : 0);
        insert.setDouble(p++, history.hasPurchased()
                ? ChronoUnit.DAYS.between(history.firstPurchaseDay(), history.lastPurchaseDay()) / unitDays : 0);
        insert.setDouble(p++, history.hasPurchased()
                ? ChronoUnit.DAYS.between(history.firstPurchaseDay(), run.asOf()) / unitDays : 0);
        insert.setString(p++, score.segment().name());
        insert.setString(p++, score.stage().name());
        insert.setDouble(p++, score.clv().historical());
        setDouble(insert, p++, score.clv().probabilityAlive());
        setDouble(insert, p++, score.clv().expectedPurchases());
        setDouble(insert, p++, score.clv().predicted());
        insert.setDouble(p++, score.churn().risk());
        insert.setBoolean(p++, score.churn().warning());
        insert.setDouble(p++, score.value().index());
        insert.setDouble(p++, score.value().current());
        insert.setDouble(p++, score.value().potential());
        insert.setDouble(p++, score.value().relationship());
        insert.setString(p++, score.tier().proposed());
        insert.setString(p++, score.tier().assigned());
        insert.setBoolean(p++, score.tier().downgradeWarning());
        insert.setString(p, explanationJson(score));
        insert.addBatch();
    }

    private static void addLiveTier(PreparedStatement changes, PreparedStatement tiers, ScoredRun run, int i,
            TierDecision decision) throws SQLException {
        long customerId = run.base().customerIds()[i];
        var before = run.base().summaries().get(i).tierHistory();
        boolean sameState = before != null && before.assignedTier().equals(decision.assigned())
                && before.runsQualifiedLower() == decision.runsQualifiedLower();
        if (!sameState) {
            tiers.setString(1, decision.assigned());
            tiers.setInt(2, decision.runsQualifiedLower());
            tiers.setString(3, decision.assigned());
            tiers.setDate(4, Date.valueOf(run.asOf()));
            tiers.setLong(5, customerId);
            tiers.addBatch();
        }
        if (before == null || !before.assignedTier().equals(decision.assigned())) {
            changes.setLong(1, run.runId());
            changes.setLong(2, customerId);
            changes.setString(3, before == null ? null : before.assignedTier());
            changes.setString(4, decision.assigned());
            changes.setString(5, decision.rule().name());
            changes.setString(6, decision.change().flatMap(TierChange::approvedBy).orElse(null));
            changes.setDate(7, Date.valueOf(run.asOf()));
            changes.addBatch();
        }
    }

    /** The explanation as a list the UI can render, each line in English and Simplified Chinese. */
    static String explanationJson(CustomerScore score) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (ExplanationItem item : score.explanation().items()) {
            items.add(JSON.createObjectBuilder()
                    .add("kind", item.getClass().getSimpleName())
                    .add("en", item.english())
                    .add("zh", item.chinese()));
        }
        return items.build().toString();
    }

    private static void setInt(PreparedStatement statement, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            statement.setInt(index, value.getAsInt());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    private static void setDouble(PreparedStatement statement, int index, OptionalDouble value) throws SQLException {
        if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
            statement.setDouble(index, value.getAsDouble());
        } else {
            statement.setNull(index, Types.DOUBLE);
        }
    }
}
