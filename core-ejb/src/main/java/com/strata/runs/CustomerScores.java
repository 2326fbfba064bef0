package com.strata.runs;

import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A customer's latest score from the newest completed APPLY run. Account managers may read only the customers of
 * their own portfolio; everyone else with a role may read any.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
public class CustomerScores {

    private static final String LATEST = """
            SELECT c.code, c.name, c.account_manager, s.run_id, r.as_of, s.recency_days, s.frequency, s.monetary,
                s.r_score, s.f_score, s.m_score, s.bg_x, s.bg_t_x, s.bg_t, s.segment, s.stage, s.historical_clv,
                s.p_alive, s.expected_purchases, s.predicted_clv, s.churn_risk, s.churn_warning, s.value_index,
                s.current_value, s.potential_value, s.relationship_value, s.proposed_tier, s.assigned_tier,
                s.downgrade_warning, s.explanation
            FROM customer c
            JOIN customer_score s ON s.customer_id = c.id
            JOIN classification_run r ON r.id = s.run_id
            WHERE c.code = ? AND r.mode = 'APPLY' AND r.status = 'COMPLETED'
            ORDER BY s.run_id DESC
            """;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    /** Empty when the customer is unknown or has not been through an applied run yet. */
    public Optional<CustomerScoreView> latest(String customerCode) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(LATEST)) {
            select.setString(1, customerCode);
            select.setMaxRows(1);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                checkPortfolio(customerCode, row.getString("account_manager"));
                return Optional.of(view(row));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the score of customer " + customerCode, e);
        }
    }

    private void checkPortfolio(String customerCode, String accountManager) {
        boolean managerOnly = session.isCallerInRole(Roles.ACCOUNT_MANAGER)
                && !session.isCallerInRole(Roles.SUPERVISOR) && !session.isCallerInRole(Roles.ADMIN)
                && !session.isCallerInRole(Roles.ANALYST) && !session.isCallerInRole(Roles.SERVICE_AGENT);
        if (managerOnly && !session.getCallerPrincipal().getName().equals(accountManager)) {
            throw new EJBAccessException("Customer " + customerCode + " is not in your portfolio");
        }
    }

    private static CustomerScoreView view(ResultSet row) throws SQLException {
        return new CustomerScoreView(row.getString("code"), row.getString("name"), row.getLong("run_id"),
                row.getDate("as_of").toLocalDate(), nullableInt(row, "recency_days"), row.getDouble("frequency"),
                row.getDouble("monetary"), row.getInt("r_score"), row.getInt("f_score"), row.getInt("m_score"),
                row.getInt("bg_x"), row.getDouble("bg_t_x"), row.getDouble("bg_t"), row.getString("segment"),
                row.getString("stage"), row.getDouble("historical_clv"), nullableDouble(row, "p_alive"),
                nullableDouble(row, "expected_purchases"), nullableDouble(row, "predicted_clv"),
                row.getDouble("churn_risk"), row.getBoolean("churn_warning"), row.getDouble("value_index"),
                row.getDouble("current_value"), row.getDouble("potential_value"), row.getDouble("relationship_value"),
                row.getString("proposed_tier"), row.getString("assigned_tier"), row.getBoolean("downgrade_warning"),
                row.getString("explanation"));
    }

    private static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
