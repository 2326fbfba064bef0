package com.strata.imports;

/** The file cannot be read as CSV from this point on (an unclosed quote, a runaway field). */
public class CsvFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;

    public CsvFormatException(long line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    public RowError toRowError() {
        return RowError.ofLine(line, getMessage().substring(getMessage().indexOf(": ") + 2));
    }
}
