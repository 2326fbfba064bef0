package com.strata.imports;

import java.util.List;

/**
 * The outcome of one import: data rows read and what became of them, and why rejected rows were rejected. Every
 * row read is inserted, updated, unchanged or rejected. {@code errorsNotListed} counts errors beyond the
 * {@value ImportTally#LISTED_ERRORS} listed.
 */
public record ImportReport(
        ImportKind kind,
        long read,
        long inserted,
        long updated,
        long unchanged,
        long rejected,
        List<RowError> errors,
        long errorsNotListed) {}
