package com.strata.batch.imports;

import com.strata.imports.ImportKind;
import com.strata.imports.ImportSource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the file's rows. The checkpoint is the number of rows handed out; on restart the rows before it are read
 * again only to remember their keys, so repeats across the restart are still caught.
 */
@Dependent
@Named("importReader")
public class ImportItemReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = ImportJobParameters.KIND)
    private String kind;

    @Inject
    @BatchProperty(name = ImportJobParameters.FILE)
    private String file;

    private ImportSource source;

    public ImportItemReader() {}

    /** For tests that run the reader outside a job. */
    ImportItemReader(String kind, String file) {
        this.kind = kind;
        this.file = file;
    }

    @Override
    public void open(Serializable checkpoint) throws IOException {
        source = ImportSource.open(ImportKind.valueOf(kind), Files.newInputStream(Path.of(file)));
        if (!source.problems().isEmpty()) {
            throw new IllegalStateException("The file " + file + " is not a readable " + kind + " file: "
                    + source.problems().get(0).message());
        }
        long done = checkpoint == null ? 0 : ((ImportCheckpoint) checkpoint).rowsRead();
        while (source.rowsRead() < done && source.next() != null) {
            // Re-reading only registers the keys of rows already stored.
        }
    }

    @Override
    public Object readItem() throws IOException {
        return source.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return new ImportCheckpoint(source.rowsRead());
    }

    @Override
    public void close() throws IOException {
        if (source != null) {
            source.close();
        }
    }
}
