package com.strata.runs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Empty databases with every migration applied, for the tests that run alike on H2 and on PostgreSQL. */
public final class MigratedDatabases {

    /** A database a test creates with every migration applied and removes when it is done. */
    public interface MigratedDatabase {

        Connection create() throws SQLException;

        void drop() throws SQLException;
    }

    /** A private in-memory H2 database; it goes with its last connection. */
    public static final class H2 implements MigratedDatabase {

        @Override
        public Connection create() throws SQLException {
            return h2();
        }

        @Override
        public void drop() {}
    }

    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test";

    private MigratedDatabases() {}

    /** A private in-memory H2 database; it goes with its last connection. */
    static Connection h2() throws SQLException {
        String url = h2Url();
        migrate(url, "sa", null);
        return DriverManager.getConnection(url, "sa", "");
    }

    /** The URL of a new, empty in-memory H2 database (user sa). */
    static String h2Url() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** Each row of a query as its values joined by spaces (NULL as "null"), for comparing tables in one assertion. */
    public static List<String> rows(Connection db, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery(query)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(row.getString(c));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }

    /** Applies the migrations up to {@code version} (all of them when null). */
    static void migrate(String url, String user, String version) {
        var flyway = Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration");
        if (version != null) {
            flyway.target(version);
        }
        flyway.load().migrate();
    }

    /**
     * A schema of its own on the local PostgreSQL (127.0.0.1:5432, database test). On a machine without that server
     * the test is skipped, saying why, unless the system property {@code strata.test.postgresql} or the environment
     * variable {@code STRATA_TEST_POSTGRESQL} is {@code required} (CI sets it): then it fails.
     */
    public static final class PostgreSqlSchema implements MigratedDatabase {

        private final String schema =
                "strata_unit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        @Override
        public Connection create() throws SQLException {
            String url = createEmpty();
            migrate(url, "postgres", null);
            return DriverManager.getConnection(url, "postgres", "");
        }

        /** Creates the schema, empty, and answers its URL (user postgres). */
        public String createEmpty() throws SQLException {
            Connection admin;
            try {
                admin = DriverManager.getConnection(POSTGRESQL, "postgres", "");
            } catch (SQLException noServer) {
                String why = "no PostgreSQL at 127.0.0.1:5432 (" + noServer.getMessage() + ")";
                if (postgreSqlRequired()) {
                    Assertions.fail(why + " where strata.test.postgresql=required", noServer);
                }
                Assumptions.abort(why);
                throw noServer;
            }
            try (admin;
                    Statement sql = admin.createStatement()) {
                sql.execute("CREATE SCHEMA " + schema);
            }
            return POSTGRESQL + "?currentSchema=" + schema;
        }

        private static boolean postgreSqlRequired() {
            return "required"
                    .equals(System.getProperty("strata.test.postgresql", System.getenv("STRATA_TEST_POSTGRESQL")));
        }

        @Override
        public void drop() throws SQLException {
            try (Connection admin = DriverManager.getConnection(POSTGRESQL, "postgres", "");
                    Statement sql = admin.createStatement()) {
                sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
