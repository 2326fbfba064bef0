package com.strata.team;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.audience.AudienceCells;
import com.strata.customer.CustomerCriteria;
import com.strata.customer.CustomerSearchSql;
import com.strata.customer.NewWarning;
import com.strata.customer.PortfolioScope;
import com.strata.runs.MigratedDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reassignment moving or keeping open tasks, and the Team page's figures, on the real migrations: H2 here, the local
 * PostgreSQL in a subclass.
 */
abstract class TeamDatabaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final List<String> TIERS = List.of("Diamond", "Platinum", "Gold", "Silver", "Bronze");

    private final MigratedDatabases.MigratedDatabase database;
    private Connection db;

    TeamDatabaseTest(MigratedDatabases.MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void base() throws SQLException {
        db = database.create();
        for (String user : List.of("ann", "bob", "sue")) {
            execute("INSERT INTO app_user (username, display_name, password_hash, created_at) VALUES ('" + user + "', '"
                    + user + "', 'x', CURRENT_TIMESTAMP)");
        }
        customer(1, "ann");
        customer(2, "ann");
        customer(3, "ann");
        customer(4, "bob");
        task(1, "ann", "OPEN", "2026-06-01");
        task(1, "ann", "DONE", "2026-05-01");
        task(2, "sue", "OPEN", "2026-07-10");
        task(3, "ann", "OPEN", "2026-07-10");
        task(4, "bob", "OPEN", "2026-06-01");
    }

    @AfterEach
    void close() throws SQLException {
        if (db != null) {
            db.close();
            database.drop();
        }
    }

    @Test
    void movingWithTasksTakesTheOpenTasksTheOldManagerOwned() throws SQLException {
        CustomerMove.Moved moved = CustomerMove.to(db, chosen("C1", "C2"), "bob", true);

        assertEquals(new CustomerMove.Moved(2, 1), moved);
        assertEquals(List.of("C1 bob", "C2 bob", "C3 ann", "C4 bob"), managers());
        assertEquals(
                List.of("1 DONE ann", "1 OPEN bob", "2 OPEN sue", "3 OPEN ann", "4 OPEN bob"),
                tasks(),
                "the done task stays with whoever did it; the supervisor's task stays hers");
    }

    @Test
    void movingWithoutTasksLeavesEveryTaskWithItsOwner() throws SQLException {
        CustomerMove.Moved moved = CustomerMove.to(db, chosen("C1", "C3"), "bob", false);

        assertEquals(new CustomerMove.Moved(2, 0), moved);
        assertEquals(List.of("C1 bob", "C2 ann", "C3 bob", "C4 bob"), managers());
        assertEquals(List.of("1 DONE ann", "1 OPEN ann", "2 OPEN sue", "3 OPEN ann", "4 OPEN bob"), tasks());
    }

    @Test
    void customersOutsideTheScopeOrAlreadyWithTheManagerDoNotMove() throws SQLException {
        CustomerMove.Moved moved =
                CustomerMove.to(db, CustomerMove.Selection.codes(List.of("C1", "C4"), List.of("bob")), "ann", true);

        assertEquals(new CustomerMove.Moved(1, 1), moved, "C1 is ann's already; C4 is bob's and in scope");
        assertEquals(List.of("C1 ann", "C2 ann", "C3 ann", "C4 ann"), managers());
        assertEquals(List.of("1 DONE ann", "1 OPEN ann", "2 OPEN sue", "3 OPEN ann", "4 OPEN ann"), tasks());
    }

    @Test
    void figuresCountTiersWarningsValueAtRiskAndOverdueTasksPerManager() throws SQLException {
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES"
                + " (1, 'Gold', 0, DATE '2026-01-01'), (2, 'Gold', 0, DATE '2026-01-01'),"
                + " (4, 'Diamond', 0, DATE '2026-01-01')");
        execute("INSERT INTO classification_run (id, mode, status, policy_version, as_of, started_by, started_at)"
                + " VALUES (7, 'APPLY', 'COMPLETED', 1, DATE '2026-06-30', 'test', CURRENT_TIMESTAMP)");
        score(7, 1, true, false, 1200.5);
        score(7, 2, true, true, 300);
        score(7, 3, false, true, 999);
        ManagerFiguresTable.refreshAll(db, 7);

        List<ManagerFigures> figures = TeamFigures.of(
                db,
                List.of(new TeamFigures.Manager("ann", "Ann", true), new TeamFigures.Manager("sue", "Sue", true)),
                TIERS,
                TODAY);

        ManagerFigures ann = figures.get(0);
        assertEquals(3, ann.customers());
        assertEquals(
                Map.of("Diamond", 0L, "Platinum", 0L, "Gold", 2L, "Silver", 0L, "Bronze", 0L), ann.customersPerTier());
        assertEquals(1, ann.untiered());
        assertEquals(1, ann.overdueTasks(), "open and due before today; the done one does not count");
        assertEquals(2, ann.churnWarnings());
        assertEquals(2, ann.downgradeWarnings());
        assertEquals(1500.5, ann.valueAtRisk(), 1e-9);
        ManagerFigures sue = figures.get(1);
        assertEquals(0, sue.customers());
        assertEquals(0, sue.overdueTasks(), "sue's task is not due yet");
    }

    @Test
    void keptNewWarningsAreThoseTheRunBeforeDidNotCarry() throws SQLException {
        for (long run : List.of(5L, 6L, 7L)) {
            execute("INSERT INTO classification_run (id, mode, status, policy_version, as_of, started_by, started_at)"
                    + " VALUES (" + run + ", '" + (run == 6 ? "PREVIEW" : "APPLY") + "', 'COMPLETED', 1,"
                    + " DATE '2026-06-30', 'test', CURRENT_TIMESTAMP)");
        }
        score(5, 1, true, true, 10);
        score(5, 2, false, true, 10);
        score(6, 2, true, false, 10);
        score(7, 1, true, true, 10);
        score(7, 2, true, false, 10);
        score(7, 3, true, true, 10);
        score(7, 4, true, false, 10);

        ManagerFiguresTable.refreshAll(db, 7);

        assertEquals(
                OptionalLong.of(2),
                ManagerFiguresTable.newWarnings(db, List.of("ann"), NewWarning.CHURN),
                "C2 (not warned in the applied run 5; the preview 6 does not count) and C3 (no score in run 5)");
        assertEquals(OptionalLong.of(1), ManagerFiguresTable.newWarnings(db, List.of("ann"), NewWarning.DOWNGRADE));
        assertEquals(OptionalLong.of(3), ManagerFiguresTable.newWarnings(db, List.of("ann", "bob"), NewWarning.CHURN));
        assertEquals(OptionalLong.of(0), ManagerFiguresTable.newWarnings(db, List.of("sue"), NewWarning.CHURN));

        CustomerMove.to(db, chosen("C2"), "bob", false);
        ManagerFiguresTable.refresh(db, List.of("ann", "bob"));
        assertEquals(OptionalLong.of(1), ManagerFiguresTable.newWarnings(db, List.of("ann"), NewWarning.CHURN));
        assertEquals(OptionalLong.of(2), ManagerFiguresTable.newWarnings(db, List.of("bob"), NewWarning.CHURN));

        execute("UPDATE manager_figures SET new_churn_warnings = NULL WHERE account_manager = 'bob'");
        assertEquals(
                OptionalLong.empty(),
                ManagerFiguresTable.newWarnings(db, List.of("ann", "bob"), NewWarning.CHURN),
                "figures kept before the counts existed are counted live");
    }

    @Test
    void aReassignmentMovesTheKeptFiguresWithTheCustomers() throws SQLException {
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES"
                + " (1, 'Gold', 0, DATE '2026-01-01'), (4, 'Diamond', 0, DATE '2026-01-01')");
        execute("INSERT INTO classification_run (id, mode, status, policy_version, as_of, started_by, started_at)"
                + " VALUES (7, 'APPLY', 'COMPLETED', 1, DATE '2026-06-30', 'test', CURRENT_TIMESTAMP)");
        score(7, 1, true, false, 800);
        ManagerFiguresTable.refreshAll(db, 7);
        CustomerMove.Selection selection = chosen("C1");
        List<String> concerned = CustomerMove.managersOf(db, selection);

        CustomerMove.to(db, selection, "bob", true);
        ManagerFiguresTable.refresh(db, List.of(concerned.get(0), "bob"));

        List<ManagerFigures> figures = TeamFigures.of(
                db,
                List.of(new TeamFigures.Manager("ann", "Ann", true), new TeamFigures.Manager("bob", "Bob", true)),
                TIERS,
                TODAY);
        assertEquals(List.of("ann"), concerned);
        assertEquals(2, figures.get(0).customers());
        assertEquals(0L, figures.get(0).customersPerTier().get("Gold"));
        assertEquals(0, figures.get(0).overdueTasks(), "ann's overdue task moved with C1");
        assertEquals(2, figures.get(1).customers());
        assertEquals(1L, figures.get(1).customersPerTier().get("Gold"));
        assertEquals(800, figures.get(1).valueAtRisk(), 1e-9);
        assertEquals(2, figures.get(1).overdueTasks());
    }

    @Test
    void theEndOfAnImportCountsTheManagersItMovedCustomersBetweenAgain() throws SQLException {
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES"
                + " (1, 'Gold', 0, DATE '2026-01-01'), (4, 'Diamond', 0, DATE '2026-01-01')");
        execute("INSERT INTO classification_run (id, mode, status, policy_version, as_of, started_by, started_at)"
                + " VALUES (7, 'APPLY', 'COMPLETED', 1, DATE '2026-06-30', 'test', CURRENT_TIMESTAMP)");
        score(7, 1, true, false, 800);
        score(7, 4, false, false, 100);
        ManagerFiguresTable.refreshAll(db, 7);
        AudienceCells.build(db, 7);
        execute("UPDATE customer SET account_manager = 'bob' WHERE id = 1");
        AudienceCells.managersChanged(db, List.of("ann", "bob"));

        List<String> settled = ImportedMoves.settle(db);

        assertEquals(List.of("ann", "bob"), settled);
        List<ManagerFigures> figures = TeamFigures.of(
                db,
                List.of(new TeamFigures.Manager("ann", "Ann", true), new TeamFigures.Manager("bob", "Bob", true)),
                TIERS,
                TODAY);
        assertEquals(2, figures.get(0).customers());
        assertEquals(0L, figures.get(0).customersPerTier().get("Gold"));
        assertEquals(2, figures.get(1).customers());
        assertEquals(1L, figures.get(1).customersPerTier().get("Gold"));
        assertEquals(800, figures.get(1).valueAtRisk(), 1e-9);
        assertEquals(
                List.of("bob Diamond 1", "bob Gold 1"),
                MigratedDatabases.rows(
                        db,
                        "SELECT account_manager || ' ' || tier || ' ' || SUM(customers) FROM audience_team_cell"
                                + " GROUP BY account_manager, tier ORDER BY account_manager, tier"),
                "C1's score counts in bob's cells, not ann's");
        assertEquals(List.of(), AudienceCells.staleManagers(db));
        assertEquals(List.of(), ImportedMoves.settle(db), "an import that moved nobody counts nothing again");
    }

    @Test
    void allCustomersMatchingTheListsFilterMoveInOneStatement() throws SQLException {
        execute("INSERT INTO classification_run (id, mode, status, policy_version, as_of, started_by, started_at)"
                + " VALUES (7, 'APPLY', 'COMPLETED', 1, DATE '2026-06-30', 'test', CURRENT_TIMESTAMP)");
        score(7, 1, true, false, 10);
        score(7, 2, false, false, 10);
        score(7, 3, true, false, 10);
        score(7, 4, true, false, 10);
        CustomerCriteria churningOfAnn = CustomerCriteria.parse(
                new CustomerCriteria.Raw(
                        null, null, null, null, "true", null, null, "ann", null, null, null, null, null, null, null),
                TIERS);
        CustomerSearchSql.Statement ids = CustomerSearchSql.matchingIds(
                churningOfAnn,
                PortfolioScope.ofManagers(List.of("ann", "sue")),
                new CustomerSearchSql.ScoredRun(7, LocalDate.of(2026, 6, 30), null));

        CustomerMove.Moved moved =
                CustomerMove.to(db, CustomerMove.Selection.ids(ids.sql(), ids.parameters()), "sue", true);

        assertEquals(new CustomerMove.Moved(2, 2), moved);
        assertEquals(List.of("C1 sue", "C2 ann", "C3 sue", "C4 bob"), managers());
        assertEquals(List.of("1 DONE ann", "1 OPEN sue", "2 OPEN sue", "3 OPEN sue", "4 OPEN bob"), tasks());
    }

    private static CustomerMove.Selection chosen(String... codes) {
        return CustomerMove.Selection.codes(List.of(codes), null);
    }

    private void customer(long id, String manager) throws SQLException {
        execute("INSERT INTO customer (id, code, name, kind, status, account_manager) VALUES (" + id + ", 'C" + id
                + "', 'Customer " + id + "', 'PERSON', 'ACTIVE', '" + manager + "')");
    }

    private void task(long customerId, String owner, String status, String due) throws SQLException {
        execute("INSERT INTO task (customer_id, rule_id, owner, status, due_on, opened_on, outcome, done_on) VALUES ("
                + customerId + ", 1, '" + owner + "', '" + status + "', DATE '" + due + "', DATE '2026-05-01', "
                + ("DONE".equals(status) ? "'REACHED', DATE '2026-05-02'" : "NULL, NULL") + ")");
    }

    private void score(long run, long customer, boolean churn, boolean downgrade, double clv) throws SQLException {
        execute("INSERT INTO customer_score (run_id, customer_id, frequency, monetary, r_score, f_score, m_score, bg_x,"
                + " bg_t_x, bg_t, segment, stage, historical_clv, predicted_clv, churn_risk, churn_warning,"
                + " value_index, current_value, potential_value, relationship_value, proposed_tier, assigned_tier,"
                + " downgrade_warning) VALUES (" + run + ", " + customer + ", 1, 1, 1, 1, 1, 0, 0, 0, 'X', 'ACTIVE',"
                + " 0, " + clv + ", 0.5, " + churn + ", 1, 1, 1, 1, 'Gold', 'Gold', " + downgrade + ")");
    }

    private List<String> managers() throws SQLException {
        return MigratedDatabases.rows(db, "SELECT code || ' ' || account_manager FROM customer ORDER BY code");
    }

    private List<String> tasks() throws SQLException {
        return MigratedDatabases.rows(
                db, "SELECT customer_id || ' ' || status || ' ' || owner FROM task ORDER BY customer_id, status");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
