package com.strata.batch.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.strata.imports.RowError;
import com.strata.imports.SourceRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a restarted import job reads: the rows after the checkpoint, with repeats of earlier keys still caught. */
class ImportItemReaderTest {

    @TempDir
    Path directory;

    @Test
    void restartContinuesAfterTheCheckpointAndStillCatchesRepeats() throws Exception {
        Path file = Files.writeString(directory.resolve("purchases.csv"), """
                order_ref,customer_code,purchase_date,amount
                P1,C1,2026-01-01,1
                P2,C1,2026-01-02,2
                P3,C1,2026-01-03,3
                P1,C1,2026-01-04,4
                """, StandardCharsets.UTF_8);
        ImportItemReader first = new ImportItemReader("PURCHASES", file.toString());
        first.open(null);
        first.readItem();
        first.readItem();
        ImportCheckpoint checkpoint = (ImportCheckpoint) first.checkpointInfo();
        first.close();

        ImportItemReader restarted = new ImportItemReader("PURCHASES", file.toString());
        restarted.open(checkpoint);

        assertEquals(4, ((SourceRow) restarted.readItem()).line());
        SourceRow repeat = (SourceRow) restarted.readItem();
        assertEquals(
                List.of(new RowError(
                        5,
                        "order_ref",
                        "P1",
                        "repeats the order_ref of line 2; each order_ref may" + " appear once per file")),
                repeat.problems());
        assertNull(restarted.readItem());
        restarted.close();
    }

    @Test
    void aFileWhoseHeaderIsWrongDoesNotStartReading() throws Exception {
        Path file = Files.writeString(directory.resolve("bad.csv"), "order,customer\nP1,C1\n");

        ImportItemReader reader = new ImportItemReader("PURCHASES", file.toString());

        assertThrows(IllegalStateException.class, () -> reader.open(null));
    }
}
