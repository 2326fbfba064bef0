package com.strata.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * On PostgreSQL, planner settings changed for the statements run until closed, within the caller's transaction, and
 * then back to what they were (elsewhere it does nothing). The list pages read one page of rows along an index, and
 * at a million scores per run the planner, not knowing that, sometimes chose otherwise.
 */
public final class PlannerSettings implements AutoCloseable {

    private final Connection db;
    private final Map<String, String> before;

    private PlannerSettings(Connection db, Map<String, String> before) {
        this.db = db;
        this.before = before;
    }

    /**
     * Without parallel workers: a manager's first page took 48 ms with the two workers the planner gave its walk of the
     * value index, nearly all of it starting them, and 2 ms without; a page filtered on a tier 130 ms on three
     * processes against 150 ms on one. Under load the cores are what the users share.
     */
    static PlannerSettings serial(Connection db) throws SQLException {
        return of(db, Map.of("max_parallel_workers_per_gather", "0"));
    }

    /**
     * Joins by nested loops only, for a page whose matches lie densely in a range of its sort index ({@link
     * ValueRange}): the planner, taking a tier and a value for independent, expected fifty times fewer of a manager's
     * Gold customers in their value range than there are, and hashed the whole range and sorted it (150,000 entries,
     * 140-220 ms) rather than walk it in order to the page's end (400 entries, 1-14 ms). Switching sorts off instead
     * made it avoid sorting the page's 20 rows by walking the whole run in order (seconds).
     */
    public static PlannerSettings nestedLoops(Connection db) throws SQLException {
        return of(db, Map.of("enable_hashjoin", "off", "enable_mergejoin", "off"));
    }

    private static PlannerSettings of(Connection db, Map<String, String> settings) throws SQLException {
        if (!"PostgreSQL".equals(db.getMetaData().getDatabaseProductName())) {
            return new PlannerSettings(null, Map.of());
        }
        Map<String, String> before = new HashMap<>();
        try (PreparedStatement read = db.prepareStatement("SELECT current_setting(?)")) {
            for (String setting : settings.keySet()) {
                read.setString(1, setting);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    before.put(setting, row.getString(1));
                }
            }
        }
        set(db, settings);
        return new PlannerSettings(db, before);
    }

    /** Back to the settings from before, for the rest of the transaction. */
    @Override
    public void close() throws SQLException {
        if (db != null) {
            set(db, before);
        }
    }

    private static void set(Connection db, Map<String, String> settings) throws SQLException {
        try (PreparedStatement set = db.prepareStatement("SELECT set_config(?, ?, true)")) {
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                set.setString(1, setting.getKey());
                set.setString(2, setting.getValue());
                set.executeQuery().close();
            }
        }
    }
}
