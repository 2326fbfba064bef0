package com.strata.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rejected rows of a recorded import ({@code import_error}), in JDBC batches on the caller's connection: a chunk
 * may reject every one of its rows, and their identity keys would make JPA insert them one statement at a time.
 * Values longer than their column are cut, since an error row must never fail the import it reports on.
 */
final class ImportErrorRows {

    static final int COLUMN_LENGTH = 64;
    static final int VALUE_LENGTH = 1000;
    static final int REASON_LENGTH = 500;

    private static final String ADD = "INSERT INTO import_error (import_run_id, line_number, column_name, bad_value,"
            + " reason) VALUES (?, ?, ?, ?, ?)";
    private static final String FIRST = "SELECT line_number, column_name, bad_value, reason FROM import_error"
            + " WHERE import_run_id = ? ORDER BY line_number, id";
    private static final String COUNT = "SELECT COUNT(*) FROM import_error WHERE import_run_id = ?";

    private ImportErrorRows() {}

    static void add(Connection connection, long runId, List<RowError> errors) throws SQLException {
        if (errors.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(ADD)) {
            for (RowError error : errors) {
                insert.setLong(1, runId);
                insert.setLong(2, error.line());
                insert.setString(3, cut(error.column(), COLUMN_LENGTH));
                insert.setString(4, cut(error.value(), VALUE_LENGTH));
                insert.setString(5, cut(error.reason(), REASON_LENGTH));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The run's first errors in line order. */
    static List<RowError> first(Connection connection, long runId, int limit) throws SQLException {
        List<RowError> errors = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(FIRST)) {
            query.setLong(1, runId);
            query.setMaxRows(limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    errors.add(new RowError(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
        return errors;
    }

    static long count(Connection connection, long runId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(COUNT)) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
