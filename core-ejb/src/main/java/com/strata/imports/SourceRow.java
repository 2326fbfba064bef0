package com.strata.imports;

import java.util.List;

/**
 * One data row as read from the file: its line, its raw values in the kind's field order (null for a column the
 * file does not have), and what is already wrong with it as a line (wrong field count, a repeated key).
 */
public record SourceRow(long line, String[] values, List<RowError> problems) {}
