package com.strata.runs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests on an empty database with every migration applied and one APPLY run (id 1, as of 2026-06-30) recorded; a
 * subclass per database says which.
 */
abstract class RunDatabaseTest {

    private final MigratedDatabases.MigratedDatabase database;
    Connection db;

    RunDatabaseTest(MigratedDatabases.MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void migrate() throws SQLException {
        db = database.create();
        execute("INSERT INTO classification_run (mode, status, policy_version, as_of, started_by, started_at)"
                + " VALUES ('APPLY', 'RUNNING', 1, DATE '2026-06-30', 'test', CURRENT_TIMESTAMP)");
    }

    @AfterEach
    void close() throws SQLException {
        // No connection when the database could not be created: the test was skipped and there is nothing to drop.
        if (db != null) {
            db.close();
            database.drop();
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
