/**
 * The {@code csv-import} job: the same import as the REST API and the upload page, chunked and restartable for
 * large files. The reader streams the file and remembers how many rows it has handed out (the checkpoint); the
 * processor checks each row; the writer upserts the chunk and adds its totals and errors to the recorded import in
 * the chunk's transaction, so a restart neither loses nor repeats a row. {@link com.strata.batch.imports.ImportJobs}
 * is the one service the upload page calls.
 */
package com.strata.batch.imports;
