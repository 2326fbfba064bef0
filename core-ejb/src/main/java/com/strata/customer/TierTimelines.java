package com.strata.customer;

import com.strata.security.Roles;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A customer's tier changes with their reasons, newest first: the one place that reads them, so changes from other
 * sources (overrides) join the same timeline by extending {@link #TIMELINE}.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
public class TierTimelines {

    /** A timeline shows at most this many changes, the newest; a customer changes tier at most once per run. */
    public static final int MAX_CHANGES = 200;

    /**
     * Every change of the customer's live tier (a run's changes count once it has completed and published them, an
     * override's when its approval pinned the live tier: reason OVERRIDE, no run); each source answers these columns.
     * Changes of one day keep the order they were made in: runs by id, an approval (made by day, after the night's
     * run) first. A run deleted by the run retention (runs.RunRetention) leaves only the changes it published, which
     * count without it.
     */
    static final String TIMELINE = """
            SELECT tc.changed_on, tc.from_tier, tc.to_tier, tc.reason, tc.run_id, tc.approved_by
            FROM tier_change tc
            LEFT JOIN classification_run r ON r.id = tc.run_id
            WHERE tc.customer_id = ? AND (r.id IS NULL OR r.mode = 'APPLY' AND r.status = 'COMPLETED')
            UNION ALL
            SELECT o.applied_on, o.from_tier, o.tier, 'OVERRIDE', CAST(NULL AS BIGINT), o.decided_by
            FROM tier_override o
            WHERE o.customer_id = ? AND o.applied_on IS NOT NULL AND (o.from_tier IS NULL OR o.from_tier <> o.tier)
            ORDER BY changed_on DESC, run_id DESC NULLS FIRST
            """;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Portfolios portfolios;

    @Inject
    private TierServicePolicies policies;

    /** The customer's last {@link #MAX_CHANGES} tier changes, newest first. */
    public List<TierChangeEntry> of(String code) {
        try (Connection connection = dataSource.getConnection()) {
            CustomerKeys.Known customer = CustomerKeys.find(connection, code);
            portfolios.checkCustomer(code, customer.accountManager());
            List<String> ladder =
                    policies.current().stream().map(TierServicePolicyView::tier).toList();
            return read(connection, customer.id(), ladder);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the tier changes of customer " + code, e);
        }
    }

    public static List<TierChangeEntry> read(Connection connection, long customerId, List<String> ladderHighestFirst)
            throws SQLException {
        List<TierChangeEntry> timeline = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(TIMELINE)) {
            select.setLong(1, customerId);
            select.setLong(2, customerId);
            select.setMaxRows(MAX_CHANGES);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String from = row.getString("from_tier");
                    String to = row.getString("to_tier");
                    long runId = row.getLong("run_id");
                    Long run = row.wasNull() ? null : runId;
                    timeline.add(new TierChangeEntry(
                            row.getDate("changed_on").toLocalDate(),
                            from,
                            to,
                            TierMove.between(from, to, ladderHighestFirst),
                            row.getString("reason"),
                            run,
                            row.getString("approved_by")));
                }
            }
        }
        return timeline;
    }
}
