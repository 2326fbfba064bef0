package com.strata.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.strata.runs.MigratedDatabases;
import com.strata.runs.MigratedDatabases.MigratedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generation passes on a migrated database with the shipped rules (1 welcome NEW, 2 win-back on a churn warning, 3
 * retention review on a downgrade warning, 4 benefits call after an upgrade, 5 cadence follow-up): idempotent when
 * repeated or restarted, episodes ending when their condition clears, cadence counted from the latest contact. A
 * subclass per database says which.
 */
abstract class GenerationPassTest {

    private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

    private final MigratedDatabase database;
    private Connection db;
    private long runs;

    GenerationPassTest(MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void base() throws SQLException {
        db = database.create();
        execute("INSERT INTO app_user (username, display_name, password_hash, created_at) VALUES"
                + " ('manager', 'M', 'x', CURRENT_TIMESTAMP), ('manager2', 'M2', 'x', CURRENT_TIMESTAMP)");
        // C1 new, C2 churn warning, C3 downgrade warning, C4 upgraded Silver -> Gold, C5 churn warning without a
        // manager, C6 Diamond nobody has contacted for 40 days (cadence 30), C7 inactive with a churn warning.
        customer(1, "manager", "ACTIVE", "Silver", DAY.minusDays(10));
        customer(2, "manager", "ACTIVE", "Silver", DAY.minusDays(10));
        customer(3, "manager2", "ACTIVE", "Gold", DAY.minusDays(10));
        customer(4, "manager2", "ACTIVE", "Gold", DAY);
        customer(5, null, "ACTIVE", "Bronze", DAY.minusDays(10));
        customer(6, "manager", "ACTIVE", "Diamond", DAY.minusDays(40));
        customer(7, "manager", "INACTIVE", "Bronze", DAY.minusDays(10));
        applyRun(
                score(1, "NEW", false, false, "Silver", "Silver"),
                score(2, "MATURE", true, false, "Silver", "Silver"),
                score(3, "MATURE", false, true, "Gold", "Gold"),
                score(4, "GROWING", false, false, "Gold", "Silver"),
                score(5, "DECLINING", true, false, "Bronze", "Bronze"),
                score(6, "MATURE", false, false, "Diamond", "Diamond"),
                score(7, "DECLINING", true, false, "Bronze", "Bronze"));
    }

    @AfterEach
    void close() throws SQLException {
        if (db != null) {
            db.close();
            database.drop();
        }
    }

    @Test
    void aSecondPassCreatesNothingAndCountsWhatIsOpen() throws SQLException {
        PassView first = pass(DAY);

        assertEquals(
                List.of(
                        "1 eligible 1 created 1 open 0 done 0 no owner 0 closed 0",
                        "2 eligible 2 created 1 open 0 done 0 no owner 1 closed 0",
                        "3 eligible 1 created 1 open 0 done 0 no owner 0 closed 0",
                        "4 eligible 1 created 1 open 0 done 0 no owner 0 closed 0",
                        "5 eligible 1 created 1 open 0 done 0 no owner 0 closed 0",
                        // The shipped SLA-breach rule: no ticket here is breached.
                        "6 eligible 0 created 0 open 0 done 0 no owner 0 closed 0"),
                lines(first));
        assertEquals(
                List.of(
                        "1 1 manager OPEN 2026-07-08 Silver",
                        "2 2 manager OPEN 2026-07-04 Silver",
                        "3 3 manager2 OPEN 2026-07-08 Gold",
                        "4 4 manager2 OPEN 2026-07-06 Gold",
                        "6 5 manager OPEN 2026-07-06 Diamond"),
                tasks());

        PassView second = pass(DAY);

        assertEquals(0, second.created());
        assertEquals(
                List.of(
                        "1 eligible 1 created 0 open 1 done 0 no owner 0 closed 0",
                        "2 eligible 2 created 0 open 1 done 0 no owner 1 closed 0",
                        "3 eligible 1 created 0 open 1 done 0 no owner 0 closed 0",
                        "4 eligible 1 created 0 open 1 done 0 no owner 0 closed 0",
                        "5 eligible 1 created 0 open 1 done 0 no owner 0 closed 0",
                        "6 eligible 0 created 0 open 0 done 0 no owner 0 closed 0"),
                lines(second));
        assertEquals(5, tasks().size());
        assertEquals(
                List.of("2"), MigratedDatabases.rows(db, "SELECT COUNT(*) FROM playbook_pass WHERE cause = 'DAILY'"));
    }

    @Test
    void aPassRestartedAfterSomeRulesCreatesEachTaskOnce() throws SQLException {
        List<RuleSpec> rules = rules();
        GenerationPass.run(db, start(DAY), rules.subList(0, 2));

        PassView restarted = pass(DAY);

        assertEquals(List.of(0L, 0L, 1L, 1L, 1L, 0L), created(restarted));
        assertEquals(5, tasks().size());
    }

    @Test
    void theFallbackOwnerGetsTheTasksOfCustomersWithoutManager() throws SQLException {
        execute("UPDATE playbook_rule SET fallback_owner = 'manager2' WHERE id = 2");

        PassView pass = pass(DAY);

        assertEquals(
                "2 eligible 2 created 2 open 0 done 0 no owner 0 closed 0",
                lines(pass).get(1));
        assertEquals(List.of("manager2"), MigratedDatabases.rows(db, "SELECT owner FROM task WHERE customer_id = 5"));
    }

    @Test
    void aTaskWhoseConditionClearedIsClosedAndADoneOneKeepsItsEpisode() throws SQLException {
        pass(DAY);
        execute(
                "UPDATE task SET status = 'DONE', outcome = 'REACHED', done_on = DATE '2026-07-02' WHERE customer_id = 1");
        // Next run: C1 still new (its episode goes on although its task is done), C2's churn warning has cleared.
        applyRun(
                score(1, "NEW", false, false, "Silver", "Silver"),
                score(2, "MATURE", false, false, "Silver", "Silver"),
                score(3, "MATURE", false, true, "Gold", "Gold"),
                score(4, "GROWING", false, false, "Gold", "Gold"),
                score(5, "DECLINING", true, false, "Bronze", "Bronze"));

        PassView next = pass(DAY.plusDays(1));

        assertEquals(
                "1 eligible 1 created 0 open 0 done 1 no owner 0 closed 0",
                lines(next).get(0));
        assertEquals(
                "2 eligible 1 created 0 open 0 done 0 no owner 1 closed 1",
                lines(next).get(1));
        assertEquals(
                "4 eligible 1 created 0 open 1 done 0 no owner 0 closed 0",
                lines(next).get(3));
        assertEquals(
                List.of("CLOSED CONDITION_CLEARED 2026-07-02 null"),
                MigratedDatabases.rows(
                        db,
                        "SELECT status, closed_reason, episode_ended_on, episode_open FROM task WHERE customer_id = 2"));

        // C1 grows out of NEW: its episode ends; NEW again later: a new episode with a task of its own.
        applyRun(score(1, "GROWING", false, false, "Silver", "Silver"));
        pass(DAY.plusDays(2));
        applyRun(score(1, "NEW", false, false, "Silver", "Silver"));
        PassView again = pass(DAY.plusDays(3));

        assertEquals(
                "1 eligible 1 created 1 open 0 done 0 no owner 0 closed 0",
                lines(again).get(0));
        assertEquals(
                List.of("DONE 2026-07-03", "OPEN null"),
                MigratedDatabases.rows(
                        db, "SELECT status, episode_ended_on FROM task WHERE customer_id = 1 ORDER BY id"));
    }

    @Test
    void anUpgradeEpisodeLastsWhileTheCustomerKeepsTheTier() throws SQLException {
        pass(DAY);
        applyRun(score(4, "GROWING", false, false, "Gold", "Gold"));
        assertEquals(
                "4 eligible 1 created 0 open 1 done 0 no owner 0 closed 0",
                lines(pass(DAY.plusDays(1))).get(3));

        execute("UPDATE customer_tier SET tier = 'Platinum' WHERE customer_id = 4");
        assertEquals(
                "4 eligible 0 created 0 open 0 done 0 no owner 0 closed 1",
                lines(pass(DAY.plusDays(2))).get(3));
    }

    @Test
    void theCadenceCountsFromTheLatestContact() throws SQLException {
        pass(DAY);
        // A contact today ends the overdue episode (its open task is no longer needed) ...
        execute("INSERT INTO customer_touch (customer_id, last_touch) VALUES (6, DATE '2026-07-01')");
        assertEquals(
                "5 eligible 0 created 0 open 0 done 0 no owner 0 closed 1",
                lines(pass(DAY)).get(4));
        // ... until 30 days have passed since, not one day earlier.
        assertEquals(0, pass(DAY.plusDays(29)).created());
        assertEquals(
                "5 eligible 1 created 1 open 0 done 0 no owner 0 closed 0",
                lines(pass(DAY.plusDays(30))).get(4));
    }

    @Test
    void theSchemaRefusesASecondTaskForAnOngoingEpisode() throws SQLException {
        pass(DAY);

        assertThrows(
                SQLException.class,
                () -> execute("INSERT INTO task (customer_id, rule_id, owner, status, due_on, opened_on, episode_open)"
                        + " VALUES (2, 2, 'manager', 'OPEN', DATE '2026-07-09', DATE '2026-07-01', 1)"));
        execute("INSERT INTO task (customer_id, rule_id, owner, status, due_on, opened_on, episode_open)"
                + " VALUES (2, 2, 'manager', 'CLOSED', DATE '2026-07-09', DATE '2026-07-01', NULL)");
    }

    private PassView pass(LocalDate today) throws SQLException {
        return GenerationPass.run(db, start(today), rules());
    }

    private static GenerationPass.Start start(LocalDate today) {
        return new GenerationPass.Start(PassCause.DAILY, "test", today, LocalDateTime.now());
    }

    private List<RuleSpec> rules() throws SQLException {
        return MigratedDatabases.rows(
                        db, "SELECT id, trigger_kind, tier, due_days, fallback_owner FROM playbook_rule ORDER BY id")
                .stream()
                .map(row -> row.split(" "))
                .map(v -> new RuleSpec(
                        Long.parseLong(v[0]),
                        PlaybookTrigger.valueOf(v[1]),
                        v[2].equals("null") ? null : v[2],
                        Integer.parseInt(v[3]),
                        v[4].equals("null") ? null : v[4]))
                .toList();
    }

    private static List<String> lines(PassView pass) {
        return pass.ledger().stream()
                .map(l -> l.ruleId() + " eligible " + l.eligible() + " created " + l.created() + " open "
                        + l.alreadyOpen() + " done " + l.alreadyDone() + " no owner " + l.withoutOwner()
                        + " closed " + l.closed())
                .toList();
    }

    private static List<Long> created(PassView pass) {
        return pass.ledger().stream().map(LedgerLine::created).toList();
    }

    private List<String> tasks() throws SQLException {
        return MigratedDatabases.rows(
                db, "SELECT customer_id, rule_id, owner, status, due_on, tier FROM task ORDER BY rule_id, customer_id");
    }

    private void customer(long id, String manager, String status, String tier, LocalDate tierSince)
            throws SQLException {
        execute("INSERT INTO customer (id, code, name, kind, account_manager, status) VALUES (" + id + ", 'C" + id
                + "', 'Customer " + id + "', 'COMPANY', " + (manager == null ? "NULL" : "'" + manager + "'") + ", '"
                + status + "')");
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES (" + id + ", '"
                + tier + "', 0, DATE '" + tierSince + "')");
    }

    /** A completed APPLY run with these scores; the live tiers become the assigned ones. */
    private void applyRun(String... scores) throws SQLException {
        runs++;
        execute("INSERT INTO classification_run (id, mode, status, policy_version, as_of, started_by, started_at)"
                + " VALUES (" + runs + ", 'APPLY', 'COMPLETED', 1, DATE '" + DAY + "', 'test', CURRENT_TIMESTAMP)");
        for (String score : scores) {
            execute(score.replace("RUN", Long.toString(runs)));
            execute("UPDATE customer_tier SET tier = (SELECT assigned_tier FROM customer_score WHERE run_id = " + runs
                    + " AND customer_id = customer_tier.customer_id) WHERE customer_id IN (SELECT customer_id FROM"
                    + " customer_score WHERE run_id = " + runs + ")");
        }
    }

    private static String score(
            long customer, String stage, boolean churn, boolean downgrade, String assigned, String previous) {
        return "INSERT INTO customer_score (run_id, customer_id, frequency, monetary, r_score, f_score, m_score, bg_x,"
                + " bg_t_x, bg_t, segment, stage, historical_clv, churn_risk, churn_warning, value_index,"
                + " current_value, potential_value, relationship_value, proposed_tier, assigned_tier,"
                + " downgrade_warning, previous_tier) VALUES (RUN, " + customer + ", 1, 1, 3, 3, 3, 1, 1, 1, 'LOYAL', '"
                + stage + "', 1, 0.5, " + churn + ", 0.5, 0.5, 0.5, 0.5, '" + assigned + "', '" + assigned + "', "
                + downgrade + ", '" + previous + "')";
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
