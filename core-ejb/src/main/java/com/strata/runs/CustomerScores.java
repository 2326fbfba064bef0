package com.strata.runs;

import com.strata.customer.Portfolios;
import com.strata.scoring.ClvEstimate;
import com.strata.scoring.CustomerScore;
import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * A customer's latest score from the newest completed APPLY run, for callers whose portfolio scope holds the
 * customer ({@link Portfolios}).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
public class CustomerScores {

    /** Scores written before V5 kept text instead of facts (stage_rule is NULL); they are not read back. */
    private static final String LATEST =
            "SELECT c.code, c.name, c.account_manager, s.run_id, r.as_of, " + ScoreRows.SELECT_LIST + """
            FROM customer c
            JOIN customer_score s ON s.customer_id = c.id
            JOIN classification_run r ON r.id = s.run_id
            WHERE c.code = ? AND r.mode = 'APPLY' AND r.status = 'COMPLETED' AND s.stage_rule IS NOT NULL
            ORDER BY s.run_id DESC
            """;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @EJB
    private Portfolios portfolios;

    @EJB
    private ExplanationBases bases;

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
                portfolios.checkCustomer(customerCode, row.getString("account_manager"));
                var basis = bases.of(row.getLong("run_id"));
                return Optional.of(view(row, ScoreRows.read(row, row.getString("code"), basis)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the score of customer " + customerCode, e);
        }
    }

    private static CustomerScoreView view(ResultSet row, ScoreRows.StoredScore stored) throws SQLException {
        CustomerScore score = stored.score();
        ClvEstimate clv = score.clv();
        List<CustomerScoreView.Line> explanation = score.explanation().items().stream()
                .map(item ->
                        new CustomerScoreView.Line(item.getClass().getSimpleName(), item.english(), item.chinese()))
                .toList();
        return new CustomerScoreView(
                score.customerCode(),
                row.getString("name"),
                row.getLong("run_id"),
                row.getDate("as_of").toLocalDate(),
                boxed(score.rfm().recencyDays()),
                score.rfm().frequency(),
                score.rfm().monetary(),
                score.rfm().recencyScore(),
                score.rfm().frequencyScore(),
                score.rfm().monetaryScore(),
                stored.inputs().x(),
                stored.inputs().tx(),
                stored.inputs().t(),
                score.segment().name(),
                score.stage().name(),
                clv.historical(),
                boxed(clv.probabilityAlive()),
                boxed(clv.expectedPurchases()),
                boxed(clv.predicted()),
                score.churn().risk(),
                score.churn().warning(),
                score.value().index(),
                score.value().current(),
                score.value().potential(),
                score.value().relationship(),
                score.tier().proposed(),
                score.tier().assigned(),
                score.tier().downgradeWarning(),
                explanation);
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
