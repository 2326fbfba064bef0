package com.strata.customer;

import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A customer's score and tier over the last applied runs, oldest first, for the history chart. Reads the customer's
 * newest scores by the score index (customer, run) and stops after the runs asked for.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
public class ScoreHistories {

    /** How many runs a history shows unless asked for another number. */
    public static final int DEFAULT_RUNS = 12;

    /** At most this many runs: about five years of monthly runs. */
    public static final int MAX_RUNS = 60;

    /** Scores of PREVIEW runs and of failed or abandoned runs never were live, so they are not history. */
    private static final String NEWEST_FIRST = """
            SELECT s.run_id, r.as_of, s.value_index, s.predicted_clv, s.churn_risk, s.churn_warning,
                   s.assigned_tier, s.downgrade_warning
            FROM customer_score s
            JOIN classification_run r ON r.id = s.run_id
            WHERE s.customer_id = ? AND r.mode = 'APPLY' AND r.status = 'COMPLETED'
            ORDER BY s.run_id DESC
            """;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Portfolios portfolios;

    /** The last {@code runs} applied runs' scores (1 to {@link #MAX_RUNS}), oldest first. */
    public List<ScorePoint> of(String code, int runs) {
        checkRuns(runs);
        try (Connection connection = dataSource.getConnection()) {
            CustomerKeys.Known customer = CustomerKeys.find(connection, code);
            portfolios.checkCustomer(code, customer.accountManager());
            return read(connection, customer.id(), runs);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the score history of customer " + code, e);
        }
    }

    /** Refuses a number of runs out of range, naming the parameter. */
    public static void checkRuns(int runs) {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new InvalidPageException(List.of("runs: must be between 1 and " + MAX_RUNS + ", got " + runs));
        }
    }

    static List<ScorePoint> read(Connection connection, long customerId, int runs) throws SQLException {
        List<StoredPoint> newestFirst = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(NEWEST_FIRST)) {
            select.setLong(1, customerId);
            select.setMaxRows(runs);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    double clv = row.getDouble("predicted_clv");
                    Double predictedClv = row.wasNull() ? null : clv;
                    newestFirst.add(new StoredPoint(
                            row.getLong("run_id"),
                            row.getDate("as_of").toLocalDate(),
                            row.getDouble("value_index"),
                            predictedClv,
                            row.getDouble("churn_risk"),
                            row.getBoolean("churn_warning"),
                            row.getString("assigned_tier"),
                            row.getBoolean("downgrade_warning")));
                }
            }
        }
        return chronological(newestFirst);
    }

    /** A score as stored, before it is placed in the history. */
    record StoredPoint(
            long runId,
            LocalDate asOf,
            double valueIndex,
            Double predictedClv,
            double churnRisk,
            boolean churnWarning,
            String tier,
            boolean downgradeWarning) {}

    /**
     * The stored scores, read newest first, as a history oldest first, each point marked when its tier differs from
     * the point before it.
     */
    static List<ScorePoint> chronological(List<StoredPoint> newestFirst) {
        List<ScorePoint> history = new ArrayList<>(newestFirst.size());
        String previousTier = null;
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            StoredPoint point = newestFirst.get(i);
            boolean moved = previousTier != null && !previousTier.equals(point.tier());
            history.add(new ScorePoint(
                    point.runId(),
                    point.asOf(),
                    point.valueIndex(),
                    point.predictedClv(),
                    point.churnRisk(),
                    point.churnWarning(),
                    point.tier(),
                    point.downgradeWarning(),
                    moved));
            previousTier = point.tier();
        }
        return history;
    }
}
