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

/** The list's planner settings hold on PostgreSQL only while their statements run. */
class PlannerSettingsTest {

    @Test
    void onPostgreSqlEachSettingHoldsUntilClosedThenIsAsTheSessionHadIt() throws SQLException {
        MigratedDatabases.PostgreSqlSchema schema = new MigratedDatabases.PostgreSqlSchema();
        try (Connection db = DriverManager.getConnection(schema.createEmpty(), "postgres", "")) {
            db.setAutoCommit(false);
            try (Statement set = db.createStatement()) {
                set.execute("SET max_parallel_workers_per_gather = 3");
            }

            try (PlannerSettings serial = PlannerSettings.serial(db)) {
                assertEquals("0", show(db, "max_parallel_workers_per_gather"));
                try (PlannerSettings loops = PlannerSettings.nestedLoops(db)) {
                    assertEquals("off", show(db, "enable_hashjoin"));
                    assertEquals("off", show(db, "enable_mergejoin"));
                    assertEquals("0", show(db, "max_parallel_workers_per_gather"));
                }
                assertEquals("on", show(db, "enable_hashjoin"));
                assertEquals("on", show(db, "enable_mergejoin"));
            }

            assertEquals("3", show(db, "max_parallel_workers_per_gather"));
            db.rollback();
        } finally {
            schema.drop();
        }
    }

    @Test
    void elsewhereTheyChangeNothing() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:planner-settings", "sa", "")) {
            db.setAutoCommit(false);
            try (PlannerSettings serial = PlannerSettings.serial(db);
                    PlannerSettings loops = PlannerSettings.nestedLoops(db)) {
                assertNotEquals("PostgreSQL", db.getMetaData().getDatabaseProductName());
            }
            db.rollback();
        }
    }

    private static String show(Connection db, String setting) throws SQLException {
        try (Statement show = db.createStatement();
                ResultSet row = show.executeQuery("SHOW " + setting)) {
            row.next();
            return row.getString(1);
        }
    }
}
