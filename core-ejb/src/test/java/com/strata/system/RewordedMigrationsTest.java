package com.strata.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A database migrated before V1–V4 were reworded starts again; the same on H2 and PostgreSQL. */
abstract class RewordedMigrationsTest {

    /** An empty database of the kind under test. */
    interface EmptyDatabase {

        String url() throws SQLException;

        String user();

        void drop() throws SQLException;
    }

    private final EmptyDatabase database;
    private String url;

    RewordedMigrationsTest(EmptyDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void createDatabase() throws SQLException {
        url = database.url();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.drop();
    }

    @Test
    void theNewChecksumsAreThoseOfTheMigrationFilesInTheTree() {
        Flyway flyway = flyway();
        flyway.migrate();
        for (RewordedMigrations.Rewording rewording : RewordedMigrations.REWORDINGS) {
            MigrationInfo applied = Arrays.stream(flyway.info().applied())
                    .filter(m -> m.getVersion() != null
                            && m.getVersion().getVersion().equals(rewording.version()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(rewording.after(), applied.getChecksum(), "V" + rewording.version());
        }
    }

    @Test
    void aDatabaseMigratedWithTheOldWordingStartsAgainAndGetsTheNewNote() throws SQLException {
        Flyway.configure()
                .dataSource(url, database.user(), "")
                .locations("classpath:db/migration")
                .target("5")
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(url, database.user(), "")) {
            for (RewordedMigrations.Rewording rewording : RewordedMigrations.REWORDINGS) {
                setChecksum(db, rewording.version(), rewording.before());
            }
            db.createStatement().executeUpdate("UPDATE classification_policy SET note = 'Shipped defaults (§3)'");
            Flyway flyway = flyway();
            assertThrows(FlywayValidateException.class, flyway::validate);

            assertEquals(4, RewordedMigrations.realign(db));
            flyway.migrate();

            assertEquals(List.of("Shipped defaults"), notes(db));
            assertEquals(0, RewordedMigrations.realign(db), "a second start changes nothing");
        }
    }

    @Test
    void anyOtherChecksumDifferenceIsStillReported() throws SQLException {
        Flyway flyway = flyway();
        flyway.migrate();
        try (Connection db = DriverManager.getConnection(url, database.user(), "")) {
            setChecksum(db, "2", 12345);

            assertEquals(0, RewordedMigrations.realign(db));
            assertThrows(FlywayValidateException.class, flyway::validate);
        }
    }

    @Test
    void aDatabaseWithoutHistoryIsLeftAlone() throws SQLException {
        try (Connection db = DriverManager.getConnection(url, database.user(), "")) {
            assertEquals(0, RewordedMigrations.realign(db));
        }
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(url, database.user(), "")
                .locations("classpath:db/migration")
                .load();
    }

    private static List<String> notes(Connection db) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (ResultSet row = db.createStatement().executeQuery("SELECT note FROM classification_policy")) {
            while (row.next()) {
                notes.add(row.getString(1));
            }
        }
        return notes;
    }

    private static void setChecksum(Connection db, String version, int checksum) throws SQLException {
        try (PreparedStatement update =
                db.prepareStatement("UPDATE \"flyway_schema_history\" SET \"checksum\" = ? WHERE \"version\" = ?")) {
            update.setInt(1, checksum);
            update.setString(2, version);
            assertEquals(1, update.executeUpdate());
        }
    }
}
