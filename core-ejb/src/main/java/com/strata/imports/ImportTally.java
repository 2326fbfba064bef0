package com.strata.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of one import as it goes, and the errors found. Only the first {@value #LISTED_ERRORS} errors are kept;
 * the counts stay exact.
 */
public final class ImportTally {

    public static final int LISTED_ERRORS = 10_000;

    private long read;
    private long inserted;
    private long updated;
    private long unchanged;
    private long rejected;
    private long errorCount;
    private final List<RowError> errors = new ArrayList<>();

    void read(int rows) {
        read += rows;
    }

    void inserted(int rows) {
        inserted += rows;
    }

    void updated(int rows) {
        updated += rows;
    }

    void unchanged(int rows) {
        unchanged += rows;
    }

    /** One row turned away, for these reasons. */
    void reject(List<RowError> reasons) {
        rejected++;
        errorCount += reasons.size();
        for (RowError reason : reasons) {
            if (errors.size() < LISTED_ERRORS) {
                errors.add(reason);
            }
        }
    }

    /** A problem with the file itself rather than with one row. */
    void fileProblem(RowError problem) {
        errorCount++;
        errors.add(problem);
    }

    public void add(ImportTally chunk) {
        read += chunk.read;
        inserted += chunk.inserted;
        updated += chunk.updated;
        unchanged += chunk.unchanged;
        rejected += chunk.rejected;
        errorCount += chunk.errorCount;
        for (RowError error : chunk.errors) {
            if (errors.size() < LISTED_ERRORS) {
                errors.add(error);
            }
        }
    }

    public long read() {
        return read;
    }

    public long inserted() {
        return inserted;
    }

    public long updated() {
        return updated;
    }

    public long unchanged() {
        return unchanged;
    }

    public long rejected() {
        return rejected;
    }

    public List<RowError> errors() {
        return List.copyOf(errors);
    }

    public ImportReport toReport(ImportKind kind) {
        return new ImportReport(
                kind, read, inserted, updated, unchanged, rejected, List.copyOf(errors), errorCount - errors.size());
    }
}
