package com.strata.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * On PostgreSQL, plans the customer list's statements without parallel workers until closed, within the caller's
 * transaction (elsewhere it does nothing). A list page reads one page of rows (LIMIT), and with a million scores per
 * run the planner gave that walk two workers: a manager's first page took 48 ms, nearly all of it starting them, and 2
 * ms without; a page filtered on a tier 130 ms on three processes against 150 ms on one. Under load the cores are
 * what the users share.
 */
final class SerialPlans implements AutoCloseable {

    private static final String SETTING = "max_parallel_workers_per_gather";

    private final Connection db;
    private final String before;

    private SerialPlans(Connection db, String before) {
        this.db = db;
        this.before = before;
    }

    static SerialPlans on(Connection db) throws SQLException {
        if (!"PostgreSQL".equals(db.getMetaData().getDatabaseProductName())) {
            return new SerialPlans(null, null);
        }
        String before;
        try (PreparedStatement read = db.prepareStatement("SELECT current_setting(?)")) {
            read.setString(1, SETTING);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                before = row.getString(1);
            }
        }
        set(db, "0");
        return new SerialPlans(db, before);
    }

    /** Back to the setting from before, for the rest of the transaction. */
    @Override
    public void close() throws SQLException {
        if (db != null) {
            set(db, before);
        }
    }

    private static void set(Connection db, String value) throws SQLException {
        try (PreparedStatement set = db.prepareStatement("SELECT set_config(?, ?, true)")) {
            set.setString(1, SETTING);
            set.setString(2, value);
            set.executeQuery().close();
        }
    }
}
