package com.strata.runs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * The snapshot on the local PostgreSQL (127.0.0.1:5432, database test, a schema of its own), where it is one
 * statement. Skipped, saying why, on a machine without that server.
 */
class RunInputsOnPostgreSqlTest extends RunInputsTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private final String schema = "strata_unit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    Connection migratedDatabase() throws SQLException {
        Connection admin;
        try {
            admin = DriverManager.getConnection(SERVER, "postgres", "");
        } catch (SQLException noServer) {
            Assumptions.abort("no PostgreSQL at 127.0.0.1:5432 (" + noServer.getMessage() + ")");
            throw noServer;
        }
        try (admin; Statement sql = admin.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
        }
        String url = SERVER + "?currentSchema=" + schema;
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
        return DriverManager.getConnection(url, "postgres", "");
    }

    @Override
    void dropDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER, "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
