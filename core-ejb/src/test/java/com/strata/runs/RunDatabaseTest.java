package com.strata.runs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests on an empty database with every migration applied and one APPLY run (id 1, as of 2026-06-30) recorded; a
 * subclass per database says where.
 */
abstract class RunDatabaseTest {

    Connection db;

    /** A connection to an empty database with every migration applied. */
    abstract Connection migratedDatabase() throws SQLException;

    /** Removes what the test created; nothing to do where the database goes with its last connection. */
    void dropDatabase() throws SQLException {
    }

    @BeforeEach
    void migrate() throws SQLException {
        db = migratedDatabase();
        execute("INSERT INTO classification_run (mode, status, policy_version, as_of, started_by, started_at)"
                + " VALUES ('APPLY', 'RUNNING', 1, DATE '2026-06-30', 'test', CURRENT_TIMESTAMP)");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
        dropDatabase();
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
