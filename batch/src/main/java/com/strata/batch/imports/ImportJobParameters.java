package com.strata.batch.imports;

/** Names of the {@code csv-import} job's parameters, shared by the starter and the artifacts. */
final class ImportJobParameters {

    static final String JOB = "csv-import";
    static final String KIND = "kind";
    static final String FILE = "file";
    static final String RUN = "importRunId";
    static final String IMPORT_DATE = "importDate";

    private ImportJobParameters() {}
}
