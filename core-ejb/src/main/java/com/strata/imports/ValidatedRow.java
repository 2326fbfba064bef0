package com.strata.imports;

import java.util.List;

/**
 * A row after its checks: typed values in the kind's field order (a customer still as its code, the writer looks
 * the id up), or the errors that reject it.
 */
public record ValidatedRow(long line, Object[] values, List<RowError> errors) {

    public boolean rejected() {
        return !errors.isEmpty();
    }
}
