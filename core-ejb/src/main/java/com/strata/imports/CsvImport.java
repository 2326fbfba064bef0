package com.strata.imports;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One whole file imported on one connection, chunk by chunk, in the caller's transaction: the path the REST API
 * and the upload page take, and what demo seeding can call directly. Plain Java, so tests run it on an in-memory
 * database.
 */
public final class CsvImport {

    private final ImportKind kind;
    private final RowValidator validator;
    private final ChunkWriter writer;

    public CsvImport(ImportKind kind, ImportSettings settings) {
        this.kind = kind;
        this.validator = new RowValidator(kind, settings);
        this.writer = new ChunkWriter(kind);
    }

    public ImportReport run(InputStream csv, Connection connection) throws IOException, SQLException {
        ImportTally tally = new ImportTally();
        try (ImportSource source = ImportSource.open(kind, csv)) {
            source.problems().forEach(tally::fileProblem);
            List<ValidatedRow> chunk = new ArrayList<>(ChunkWriter.MAX_CHUNK);
            for (SourceRow row = source.next(); row != null; row = source.next()) {
                chunk.add(validator.validate(row));
                if (chunk.size() == ChunkWriter.MAX_CHUNK) {
                    tally.add(writer.write(connection, chunk));
                    chunk.clear();
                }
            }
            tally.add(writer.write(connection, chunk));
        }
        return tally.toReport(kind);
    }
}
