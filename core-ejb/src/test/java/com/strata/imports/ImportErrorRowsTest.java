package com.strata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.runs.MigratedDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recorded import keeps every error it is given, in line order, even one too long for its columns. */
class ImportErrorRowsTest {

    @Test
    void errorsTooLongForTheirColumnsAreCutNotRefused() throws Exception {
        try (Connection db = new MigratedDatabases.H2().create();
                Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO import_run (kind, file_name, started_by, started_at, status)"
                    + " VALUES ('PURCHASES', 'p.csv', 'analyst', CURRENT_TIMESTAMP, 'RUNNING')");
            String header = "a".repeat(100);
            String reason = "b".repeat(600);

            ImportErrorRows.add(
                    db,
                    1,
                    List.of(new RowError(3, "amount", "x", "is not a number"), new RowError(1, header, null, reason)));

            assertEquals(
                    List.of(
                            new RowError(1, "a".repeat(64), null, "b".repeat(500)),
                            new RowError(3, "amount", "x", "is not a number")),
                    ImportErrorRows.first(db, 1, 10));
            assertEquals(2, ImportErrorRows.count(db, 1));
            assertEquals(
                    List.of(new RowError(1, "a".repeat(64), null, "b".repeat(500))), ImportErrorRows.first(db, 1, 1));
        }
    }
}
