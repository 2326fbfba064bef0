package com.strata.workflow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * The generation benchmark behind {@code bench/generation}: a fresh PostgreSQL schema with every migration,
 * N customers with live tiers, contacts and one completed APPLY run's scores (filled in set-based SQL), then one
 * generation pass timed with its ledger and a second one that must create nothing. Exits 1 when it does.
 *
 * <p>Arguments: schema, customers.
 */
public final class GenerationBench {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    private GenerationBench() {}

    public static void main(String[] args) throws Exception {
        String schema = args[0];
        long n = Long.parseLong(args[1]);
        try (Connection admin = DriverManager.getConnection(URL, "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            sql.execute("CREATE SCHEMA " + schema);
        }
        // Tagged with the schema, so that bench/generation can end what a killed run left running.
        String url = URL + "?currentSchema=" + schema + "&ApplicationName=" + schema;
        Flyway.configure()
                .dataSource(url, "postgres", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            long started = System.nanoTime();
            fill(db, n);
            System.out.printf("filled %,d customers with scores in %.1f s%n", n, seconds(started));
            List<RuleSpec> rules = rules(db);
            db.setAutoCommit(false);
            PassView first = timed(db, rules, "first pass");
            PassView second = timed(db, rules, "second pass");
            System.out.printf("tasks: %,d open%n", count(db, "SELECT COUNT(*) FROM task WHERE status = 'OPEN'"));
            if (first.created() == 0 || second.created() != 0) {
                System.out.println("FAILED: the first pass must create tasks and the second none");
                System.exit(1);
            }
        }
    }

    private static PassView timed(Connection db, List<RuleSpec> rules, String name) throws SQLException {
        long started = System.nanoTime();
        PassView pass = GenerationPass.run(
                db, new GenerationPass.Start(PassCause.MANUAL, "bench", TODAY, LocalDateTime.now()), rules);
        db.commit();
        System.out.printf(
                "%s: %.1f s, %,d created, %,d closed%n", name, seconds(started), pass.created(), pass.closed());
        System.out.println("  rule  eligible   created  alreadyOpen  alreadyDone  withoutOwner  closed");
        for (LedgerLine l : pass.ledger()) {
            System.out.printf(
                    "  %4d %9d %9d %12d %12d %13d %7d%n",
                    l.ruleId(),
                    l.eligible(),
                    l.created(),
                    l.alreadyOpen(),
                    l.alreadyDone(),
                    l.withoutOwner(),
                    l.closed());
        }
        return pass;
    }

    /** Deterministic spreads over the ids: a tenth without manager, tiers by top share, warnings and new customers. */
    private static void fill(Connection db, long n) throws SQLException {
        String today = "DATE '" + TODAY + "'";
        try (Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO app_user (username, display_name, password_hash, created_at) VALUES"
                    + " ('bench_m0', 'M0', 'x', CURRENT_TIMESTAMP), ('bench_m1', 'M1', 'x', CURRENT_TIMESTAMP),"
                    + " ('bench_m2', 'M2', 'x', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO customer (id, code, name, kind, account_manager, status)"
                    + " SELECT g, 'C' || g, 'Customer ' || g, 'COMPANY',"
                    + " CASE WHEN g % 10 = 0 THEN NULL ELSE 'bench_m' || (g % 3) END,"
                    + " CASE WHEN g % 50 = 0 THEN 'INACTIVE' ELSE 'ACTIVE' END FROM generate_series(1, " + n + ") g");
            sql.execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since)"
                    + " SELECT g, " + tier("g") + ", 0, " + today + " - (g % 200)::int"
                    + " FROM generate_series(1, " + n + ") g");
            sql.execute("INSERT INTO customer_touch (customer_id, last_touch)" + " SELECT g, " + today
                    + " - (g % 120)::int FROM generate_series(1, " + n + ") g WHERE g % 10 < 3");
            sql.execute("INSERT INTO classification_run (id, mode, status, policy_version, as_of, started_by,"
                    + " started_at) VALUES (1, 'APPLY', 'COMPLETED', 1, " + today + ", 'bench', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO customer_score (run_id, customer_id, frequency, monetary, r_score, f_score,"
                    + " m_score, bg_x, bg_t_x, bg_t, segment, stage, historical_clv, churn_risk, churn_warning,"
                    + " value_index, current_value, potential_value, relationship_value, proposed_tier,"
                    + " assigned_tier, downgrade_warning, previous_tier, stage_rule)"
                    + " SELECT 1, g, 1, 1, 3, 3, 3, 1, 1, 1, 'LOYAL',"
                    + " CASE WHEN g % 20 = 1 THEN 'NEW' ELSE 'MATURE' END, 1, 0.5, g % 7 = 0, 0.5, 0.5, 0.5, 0.5, "
                    + tier("g") + ", " + tier("g") + ", g % 11 = 0,"
                    + " CASE WHEN g % 13 = 0 THEN " + lowerTier("g") + " ELSE " + tier("g") + " END, 'BENCH'"
                    + " FROM generate_series(1, " + n + ") g");
            sql.execute("ANALYZE");
        }
    }

    /** The tier below {@link #tier}'s (Bronze stays Bronze): a thirteenth of the customers were upgraded. */
    private static String lowerTier(String id) {
        return "(CASE WHEN " + id + " % 100 < 1 THEN 'Platinum' WHEN " + id + " % 100 < 4 THEN 'Gold' WHEN " + id
                + " % 100 < 15 THEN 'Silver' ELSE 'Bronze' END)";
    }

    /** The tier by top share of the id's last two digits. */
    private static String tier(String id) {
        return "(CASE WHEN " + id + " % 100 < 1 THEN 'Diamond' WHEN " + id + " % 100 < 4 THEN 'Platinum' WHEN " + id
                + " % 100 < 15 THEN 'Gold' WHEN " + id + " % 100 < 45 THEN 'Silver' ELSE 'Bronze' END)";
    }

    private static List<RuleSpec> rules(Connection db) throws SQLException {
        List<RuleSpec> rules = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("SELECT id, trigger_kind, tier, due_days, fallback_owner"
                        + " FROM playbook_rule WHERE active ORDER BY id")) {
            while (row.next()) {
                rules.add(new RuleSpec(
                        row.getLong(1),
                        PlaybookTrigger.valueOf(row.getString(2)),
                        row.getString(3),
                        row.getInt(4),
                        row.getString(5)));
            }
        }
        return rules;
    }

    private static long count(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
