package com.strata.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records: fields separated by commas, quoted fields may hold commas, line breaks and doubled
 * quotes. Lines end in CRLF, LF or CR; a leading byte-order mark is dropped. Holds one record at a time, so files of any size read in constant memory.
 */
final class CsvParser {

    /** Longer than any column allows; reaching it means a quote was never closed, not a real value. */
    static final int MAX_FIELD_CHARS = 100_000;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder();
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private boolean started;

    CsvParser(Reader in) {
        this.in = in;
    }

    /** The line on which the record last returned by {@link #next()} starts. */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        if (!started) {
            started = true;
            if (peek() == BYTE_ORDER_MARK) {
                read();
            }
        }
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        field.setLength(0);
        boolean inQuotes = false;
        boolean fieldWasQuoted = false;
        while (true) {
            if (inQuotes) {
                if (c == -1) {
                    throw new CsvFormatException(
                            recordLine,
                            "a quoted field starting on this line is never closed; end it with a double quote");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    countLineBreak(c);
                    append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
            } else {
                append((char) c);
            }
            c = read();
        }
    }

    private void countLineBreak(int c) throws IOException {
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
        }
    }

    private void append(char c) {
        if (field.length() >= MAX_FIELD_CHARS) {
            throw new CsvFormatException(
                    recordLine,
                    "a field is longer than " + MAX_FIELD_CHARS + " characters; check for a missing closing quote");
        }
        field.append(c);
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }
}
