package com.strata.imports;

import com.strata.system.ControlCharacters;

/**
 * Why one row (or the file's header) was not imported: where, which column, the value as found and what is wrong
 * with it. {@code column} and {@code value} are null when the problem is the whole line.
 */
public record RowError(long line, String column, String value, String reason) {

    private static final int SHOWN_VALUE = 200;

    public RowError {
        if (value != null && value.length() > SHOWN_VALUE) {
            value = value.substring(0, SHOWN_VALUE) + "…";
        }
        // The error is stored and shown: a control character as found (PostgreSQL refuses NUL in text) would make
        // the report itself fail.
        column = ControlCharacters.visible(column);
        value = ControlCharacters.visible(value);
    }

    static RowError ofLine(long line, String reason) {
        return new RowError(line, null, null, reason);
    }

    /** As a person reads it: {@code line 17, column amount: "12,5" is not a number; use a decimal point}. */
    public String message() {
        StringBuilder text = new StringBuilder("line ").append(line);
        if (column != null) {
            text.append(", column ").append(column);
        }
        text.append(": ");
        if (value != null && !value.isEmpty()) {
            text.append('"').append(value).append("\" ");
        }
        return text.append(reason).toString();
    }
}
