package com.strata.policy.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.runs.MigratedDatabases;
import com.strata.service.ServiceChannel;
import com.strata.service.TierServicePolicyView;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cost of a change read from a small preview run on the real migrations equals what direct counts over the same
 * rows say: H2 here, the local PostgreSQL in a subclass.
 */
abstract class ChangeCostDatabaseTest {

    private static final long PREVIEW = 9;

    private final MigratedDatabases.MigratedDatabase database;
    private Connection db;

    ChangeCostDatabaseTest(MigratedDatabases.MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void smallPreview() throws SQLException {
        db = database.create();
        for (String user : List.of("ann", "bob")) {
            execute("INSERT INTO app_user (username, display_name, password_hash, created_at) VALUES ('" + user + "', '"
                    + user + "', 'x', CURRENT_TIMESTAMP)");
        }
        execute("INSERT INTO classification_run (id, mode, status, policy_version, as_of, started_by, started_at)"
                + " VALUES (" + PREVIEW + ", 'PREVIEW', 'COMPLETED', 1, DATE '2026-06-30', 'test', CURRENT_TIMESTAMP)");
        // id, manager, live tier (null: not tiered yet), preview tier, window revenue
        customer(1, "ann", "Gold", "Platinum", 1000);
        customer(2, "ann", "Platinum", "Gold", 400);
        customer(3, "ann", "Gold", "Gold", 250);
        customer(4, "bob", "Silver", "Diamond", 5000);
        customer(5, "bob", null, "Bronze", 80);
        customer(6, null, "Bronze", "Silver", 120);
    }

    @AfterEach
    void close() throws SQLException {
        if (db != null) {
            db.close();
            database.drop();
        }
    }

    @Test
    void costFiguresEqualDirectCountsOverThePreviewRows() throws SQLException {
        List<TierServicePolicyView> entitlements = entitlements();
        ChangeCost cost = ChangeCost.of(ChangeCostGroups.of(db, PREVIEW), entitlements);

        assertEquals(
                count("SELECT COUNT(*) FROM customer_score s LEFT JOIN customer_tier t ON t.customer_id = s.customer_id"
                        + " WHERE s.run_id = " + PREVIEW + " AND (t.tier IS NULL OR t.tier <> s.assigned_tier)"),
                cost.moving());
        assertEquals(
                count(managerChange("NOT lp.dedicated_manager OR lp.tier IS NULL", "np.dedicated_manager")),
                cost.gainingManager());
        assertEquals(count(managerChange("lp.dedicated_manager", "NOT np.dedicated_manager")), cost.losingManager());
        assertEquals(
                sum("SELECT SUM(s.window_amount * (np.discount_percent - COALESCE(lp.discount_percent, 0)) / 100)"
                        + FROM_WITH_POLICIES),
                cost.discountChange(),
                1e-6);
        for (ChangeCost.SlaLoad load : cost.firstResponse()) {
            if (load.hours() != null) {
                assertEquals(
                        count("SELECT COUNT(*)" + FROM_WITH_POLICIES + " AND np.first_response_hours = "
                                + load.hours()),
                        load.after());
                assertEquals(
                        count("SELECT COUNT(*)" + FROM_WITH_POLICIES + " AND lp.first_response_hours = "
                                + load.hours()),
                        load.before());
            }
        }
    }

    @Test
    void theShippedEntitlementsPriceThisPreviewAsExpected() throws SQLException {
        ChangeCost cost = ChangeCost.of(ChangeCostGroups.of(db, PREVIEW), entitlements());

        // Diamond and Platinum have a dedicated manager (V8): ann's Gold -> Platinum gains one, her Platinum -> Gold
        // loses one; bob's Silver -> Diamond gains one.
        assertEquals(
                List.of(new ChangeCost.ManagerChange("ann", 1, 1), new ChangeCost.ManagerChange("bob", 1, 0)),
                cost.managers());
        assertEquals(5, cost.moving());
        assertEquals(1, cost.customers("Gold", "Gold"));
        assertEquals(1, cost.customers(null, "Bronze"));
    }

    private static final String FROM_WITH_POLICIES = " FROM customer_score s"
            + " LEFT JOIN customer_tier t ON t.customer_id = s.customer_id"
            + " LEFT JOIN tier_service_policy lp ON lp.tier = t.tier AND lp.effective_to IS NULL"
            + " JOIN tier_service_policy np ON np.tier = s.assigned_tier AND np.effective_to IS NULL"
            + " WHERE s.run_id = " + PREVIEW;

    private static String managerChange(String before, String after) {
        return "SELECT COUNT(*)" + FROM_WITH_POLICIES + " AND (" + before + ") AND (" + after + ")";
    }

    private List<TierServicePolicyView> entitlements() throws SQLException {
        return MigratedDatabases.rows(
                        db,
                        "SELECT tier, dedicated_manager, first_response_hours, resolution_hours, discount_percent"
                                + " FROM tier_service_policy WHERE effective_to IS NULL ORDER BY ladder_position")
                .stream()
                .map(row -> row.split(" "))
                .map(v -> new TierServicePolicyView(
                        v[0],
                        v[0],
                        v[0],
                        "#000000",
                        Boolean.parseBoolean(v[1].toLowerCase()) || "t".equals(v[1]),
                        Integer.parseInt(v[2]),
                        Integer.parseInt(v[3]),
                        null,
                        new BigDecimal(v[4]),
                        Set.of(ServiceChannel.EMAIL),
                        "ACCOUNT_MANAGER",
                        null,
                        null,
                        "system",
                        0))
                .toList();
    }

    private void customer(long id, String manager, String liveTier, String previewTier, double revenue)
            throws SQLException {
        execute("INSERT INTO customer (id, code, name, kind, status, account_manager) VALUES (" + id + ", 'C" + id
                + "', 'Customer " + id + "', 'PERSON', 'ACTIVE', " + (manager == null ? "NULL" : "'" + manager + "'")
                + ")");
        if (liveTier != null) {
            execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES (" + id + ", '"
                    + liveTier + "', 0, DATE '2026-01-01')");
        }
        execute("INSERT INTO customer_score (run_id, customer_id, frequency, monetary, r_score, f_score, m_score, bg_x,"
                + " bg_t_x, bg_t, segment, stage, historical_clv, predicted_clv, churn_risk, churn_warning,"
                + " value_index, current_value, potential_value, relationship_value, proposed_tier, assigned_tier,"
                + " downgrade_warning, window_amount) VALUES (" + PREVIEW + ", " + id
                + ", 1, 1, 1, 1, 1, 0, 0, 0, 'X', 'MATURE', 0, 0, 0.5, false, 1, 1, 1, 1, '" + previewTier + "', '"
                + previewTier + "', false, " + revenue + ")");
    }

    private long count(String query) throws SQLException {
        return Long.parseLong(MigratedDatabases.rows(db, query).get(0));
    }

    private double sum(String query) throws SQLException {
        return Double.parseDouble(MigratedDatabases.rows(db, query).get(0));
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
