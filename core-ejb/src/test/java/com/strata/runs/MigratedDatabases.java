package com.strata.runs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/** Empty databases with every migration applied, for the tests that run alike on H2 and on PostgreSQL. */
final class MigratedDatabases {

    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test";

    private MigratedDatabases() {
    }

    /** A private in-memory H2 database; it goes with its last connection. */
    static Connection h2() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrate(url, "sa");
        return DriverManager.getConnection(url, "sa", "");
    }

    /**
     * A schema of its own on the local PostgreSQL (127.0.0.1:5432, database test); the test is skipped, saying why,
     * on a machine without that server.
     */
    static final class PostgreSqlSchema {

        private final String schema =
                "strata_unit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        Connection create() throws SQLException {
            Connection admin;
            try {
                admin = DriverManager.getConnection(POSTGRESQL, "postgres", "");
            } catch (SQLException noServer) {
                Assumptions.abort("no PostgreSQL at 127.0.0.1:5432 (" + noServer.getMessage() + ")");
                throw noServer;
            }
            try (admin; Statement sql = admin.createStatement()) {
                sql.execute("CREATE SCHEMA " + schema);
            }
            String url = POSTGRESQL + "?currentSchema=" + schema;
            migrate(url, "postgres");
            return DriverManager.getConnection(url, "postgres", "");
        }

        void drop() throws SQLException {
            try (Connection admin = DriverManager.getConnection(POSTGRESQL, "postgres", "");
                    Statement sql = admin.createStatement()) {
                sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static void migrate(String url, String user) {
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
    }
}
