package com.strata.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * On PostgreSQL, one planner setting changed for the statements run until closed, within the caller's transaction, and
 * then back to what it was (elsewhere it does nothing). The list pages read one page of rows along an index, and at a
 * million scores per run the planner, not knowing that, sometimes chose otherwise.
 */
public final class PlannerSettings implements AutoCloseable {

    private final Connection db;
    private final String setting;
    private final String before;

    private PlannerSettings(Connection db, String setting, String before) {
        this.db = db;
        this.setting = setting;
        this.before = before;
    }

    /**
     * Without parallel workers: a manager's first page took 48 ms with the two workers the planner gave its walk of the
     * value index, nearly all of it starting them, and 2 ms without; a page filtered on a tier 130 ms on three
     * processes against 150 ms on one. Under load the cores are what the users share.
     */
    static PlannerSettings serial(Connection db) throws SQLException {
        return of(db, "max_parallel_workers_per_gather", "0");
    }

    /**
     * Without sorting, for a page whose matches lie densely in a range of its sort index ({@link ValueRange}): the
     * planner, taking a tier and a value for independent, expected fifty times fewer of a manager's Gold customers in
     * their value range than there are, and read and sorted the whole range (150,000 entries, 140-220 ms) rather than
     * walk it in order to the page's end (400 entries, 1-8 ms).
     */
    public static PlannerSettings inIndexOrder(Connection db) throws SQLException {
        return of(db, "enable_sort", "off");
    }

    private static PlannerSettings of(Connection db, String setting, String value) throws SQLException {
        if (!"PostgreSQL".equals(db.getMetaData().getDatabaseProductName())) {
            return new PlannerSettings(null, setting, null);
        }
        String before;
        try (PreparedStatement read = db.prepareStatement("SELECT current_setting(?)")) {
            read.setString(1, setting);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                before = row.getString(1);
            }
        }
        set(db, setting, value);
        return new PlannerSettings(db, setting, before);
    }

    /** Back to the setting from before, for the rest of the transaction. */
    @Override
    public void close() throws SQLException {
        if (db != null) {
            set(db, setting, before);
        }
    }

    private static void set(Connection db, String setting, String value) throws SQLException {
        try (PreparedStatement set = db.prepareStatement("SELECT set_config(?, ?, true)")) {
            set.setString(1, setting);
            set.setString(2, value);
            set.executeQuery().close();
        }
    }
}
