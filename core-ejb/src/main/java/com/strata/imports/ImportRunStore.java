package com.strata.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recorded imports ({@code import_run}, {@code import_error}) in plain JDBC on the caller's connection, so the batch
 * job adds each chunk's totals and errors in the chunk's own transaction and a restart continues them exactly.
 */
public final class ImportRunStore {

    private static final String ADD_CHUNK = "UPDATE import_run SET read_rows = read_rows + ?, inserted = inserted + ?,"
            + " updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ? WHERE id = ?";
    private static final String ADD_ERROR = "INSERT INTO import_error (import_run_id, line_number, column_name,"
            + " bad_value, reason) VALUES (?, ?, ?, ?, ?)";
    private static final String STATUS = "SELECT id, kind, file_name, started_by, started_at, finished_at, status,"
            + " read_rows, inserted, updated, unchanged, rejected FROM import_run WHERE id = ?";
    private static final String ERRORS = "SELECT line_number, column_name, bad_value, reason FROM import_error"
            + " WHERE import_run_id = ? ORDER BY line_number, id";

    private ImportRunStore() {}

    public static long create(Connection connection, ImportKind kind, String fileName, String startedBy)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO import_run (kind, file_name," + " started_by, started_at, status) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, kind.name());
            insert.setString(2, fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
            insert.setString(3, startedBy);
            insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
            insert.setString(5, ImportRunStatus.State.RUNNING.name());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static void attachJob(Connection connection, long runId, long jobExecutionId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE import_run SET job_execution_id = ?, status = ?, finished_at = NULL WHERE id = ?")) {
            update.setLong(1, jobExecutionId);
            update.setString(2, ImportRunStatus.State.RUNNING.name());
            update.setLong(3, runId);
            update.executeUpdate();
        }
    }

    public static Optional<Long> jobExecution(Connection connection, long runId) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT job_execution_id FROM import_run WHERE id = ?")) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getObject(1, Long.class)) : Optional.empty();
            }
        }
    }

    /** Adds one chunk's (or a whole file's) totals and errors to the run. */
    public static void add(Connection connection, long runId, ImportReport part) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ADD_CHUNK)) {
            update.setLong(1, part.read());
            update.setLong(2, part.inserted());
            update.setLong(3, part.updated());
            update.setLong(4, part.unchanged());
            update.setLong(5, part.rejected());
            update.setLong(6, runId);
            update.executeUpdate();
        }
        if (part.errors().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(ADD_ERROR)) {
            for (RowError error : part.errors()) {
                insert.setLong(1, runId);
                insert.setLong(2, error.line());
                insert.setString(3, error.column());
                insert.setString(
                        4,
                        error.value() == null || error.value().length() <= 1000
                                ? error.value()
                                : error.value().substring(0, 1000));
                insert.setString(
                        5,
                        error.reason().length() <= 500
                                ? error.reason()
                                : error.reason().substring(0, 500));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static void finish(Connection connection, long runId, ImportRunStatus.State state) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE import_run SET status = ?, finished_at = ? WHERE id = ?")) {
            update.setString(1, state.name());
            update.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
            update.setLong(3, runId);
            update.executeUpdate();
        }
    }

    public static Optional<ImportRunStatus> status(Connection connection, long runId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(STATUS)) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Timestamp finished = row.getTimestamp(6);
                return Optional.of(new ImportRunStatus(
                        row.getLong(1),
                        ImportKind.valueOf(row.getString(2)),
                        row.getString(3),
                        row.getString(4),
                        row.getTimestamp(5).toLocalDateTime(),
                        finished == null ? null : finished.toLocalDateTime(),
                        ImportRunStatus.State.valueOf(row.getString(7)),
                        row.getLong(8),
                        row.getLong(9),
                        row.getLong(10),
                        row.getLong(11),
                        row.getLong(12)));
            }
        }
    }

    public static long errorCount(Connection connection, long runId) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT COUNT(*) FROM import_error WHERE import_run_id = ?")) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The run's first {@value ImportTally#LISTED_ERRORS} errors in line order. */
    public static List<RowError> errors(Connection connection, long runId) throws SQLException {
        List<RowError> errors = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(ERRORS)) {
            query.setLong(1, runId);
            query.setMaxRows(ImportTally.LISTED_ERRORS);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    errors.add(new RowError(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
        return errors;
    }
}
