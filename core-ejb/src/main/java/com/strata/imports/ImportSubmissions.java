package com.strata.imports;

import jakarta.ejb.Local;
import java.io.InputStream;

/**
 * Uploaded files imported and recorded, directly or by the {@code csv-import} batch job. Implemented in the batch
 * module beside the job's XML, which only that module can see; pages and the API use this interface so they depend
 * on core-ejb alone.
 */
@Local
public interface ImportSubmissions {

    /** Imports directly or by the batch job depending on the file's size; returns the recorded import's id. */
    long submit(ImportKind kind, InputStream csv, String fileName);

    /** Imports by the batch job whatever the file's size; returns the recorded import's id. */
    long submitJob(ImportKind kind, InputStream csv, String fileName);

    /** Continues a failed or stopped job after its last committed chunk. */
    void restart(long runId);

    ImportRunStatus status(long runId);

    /** The recorded import's totals and its first listed errors in line order. */
    ImportReport report(long runId);
}
