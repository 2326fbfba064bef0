package com.strata.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.strata.runs.MigratedDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The customer list's statements go without parallel workers on PostgreSQL, and only while they run. */
class SerialPlansTest {

    @Test
    void onPostgreSqlParallelWorkersAreOffUntilClosedThenAsTheSessionHadThem() throws SQLException {
        MigratedDatabases.PostgreSqlSchema schema = new MigratedDatabases.PostgreSqlSchema();
        try (Connection db = DriverManager.getConnection(schema.createEmpty(), "postgres", "")) {
            db.setAutoCommit(false);
            try (Statement set = db.createStatement()) {
                set.execute("SET max_parallel_workers_per_gather = 3");
            }

            try (SerialPlans serial = SerialPlans.on(db)) {
                assertEquals("0", parallelWorkers(db));
            }

            assertEquals("3", parallelWorkers(db));
            db.rollback();
        } finally {
            schema.drop();
        }
    }

    @Test
    void elsewhereItChangesNothing() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:serial-plans", "sa", "")) {
            db.setAutoCommit(false);
            try (SerialPlans serial = SerialPlans.on(db)) {
                assertNotEquals("PostgreSQL", db.getMetaData().getDatabaseProductName());
            }
            db.rollback();
        }
    }

    private static String parallelWorkers(Connection db) throws SQLException {
        try (Statement show = db.createStatement();
                ResultSet row = show.executeQuery("SHOW max_parallel_workers_per_gather")) {
            row.next();
            return row.getString(1);
        }
    }
}
