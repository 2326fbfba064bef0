package com.strata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.runs.MigratedDatabases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A NUL (which PostgreSQL refuses in text) or another control character in a cell is a row error naming line and
 * column, the rest of the file is stored, and the error itself can be stored for the report: on H2 here, on the local
 * PostgreSQL in a subclass.
 */
abstract class ControlCharacterImportTest {

    private final MigratedDatabases.MigratedDatabase database;
    private Connection db;

    ControlCharacterImportTest(MigratedDatabases.MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() throws SQLException {
        db = database.create();
    }

    @AfterEach
    void close() throws SQLException {
        if (db != null) {
            db.close();
            database.drop();
        }
    }

    @Test
    void aControlCharacterInACellRejectsItsRowAndTheErrorIsStoredShowingIt() throws Exception {
        String csv = "code,name,kind,region,status\n"
                + "K1,Good One,PERSON,Beijing,ACTIVE\n"
                + "K2,Nul\u0000Name,PERSON,Beijing,ACTIVE\n"
                + "K3,Good Three,PERSON,Shang\u001bhai,ACTIVE\n"
                + "K4,Tab\tand\u00e9,PERSON,Beijing,ACTIVE\n";

        ImportReport report = new CsvImport(ImportKind.CUSTOMERS, ImportSettings.load(db, LocalDate.of(2026, 11, 23)))
                .run(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), db);

        assertEquals(
                List.of(
                        "line 3, column name: \"Nul\u2400Name\" holds the control character U+0000 at character 4"
                                + " (shown as \u2400); remove it",
                        "line 4, column region: \"Shang\u241bhai\" holds the control character U+001B at character 6"
                                + " (shown as \u241b); remove it"),
                report.errors().stream().map(RowError::message).toList());
        assertEquals(2, report.inserted());
        assertEquals(
                List.of("K1 Good One", "K4 Tab\tand\u00e9"),
                MigratedDatabases.rows(db, "SELECT code, name FROM customer ORDER BY code"));

        try (Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO import_run (id, kind, file_name, started_by, started_at, status)"
                    + " VALUES (1, 'CUSTOMERS', 'c.csv', 'test', CURRENT_TIMESTAMP, 'COMPLETED')");
        }
        ImportErrorRows.add(db, 1, report.errors());
        assertEquals(report.errors(), ImportErrorRows.first(db, 1, 10), "stored and read back as reported");
    }
}
