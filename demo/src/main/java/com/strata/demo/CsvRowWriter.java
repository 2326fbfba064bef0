package com.strata.demo;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes RFC 4180 rows to a {@link Writer} through its own buffer: fields are separated by commas, a field holding a
 * comma, quote or line break is quoted with inner quotes doubled, and rows end with CRLF. Money is written from
 * whole cents so no floating point reaches the file. The caller owns the writer; {@link #flush()} hands over
 * what is buffered but never closes it.
 */
final class CsvRowWriter {

    private static final int CAPACITY = 1 << 16;

    private final Writer out;
    private final char[] buffer = new char[CAPACITY];
    private int length;
    private boolean rowStarted;
    private long rows;

    CsvRowWriter(Writer out) {
        this.out = out;
    }

    CsvRowWriter text(String value) throws IOException {
        separate();
        if (value == null) {
            return this;
        }
        if (needsQuotes(value)) {
            append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    append('"');
                }
                append(c);
            }
            append('"');
        } else {
            append(value);
        }
        return this;
    }

    CsvRowWriter integer(long value) throws IOException {
        separate();
        append(Long.toString(value));
        return this;
    }

    /** A reference made of a per-customer prefix and a sequence number of at least three digits. */
    CsvRowWriter reference(String prefix, int sequence) throws IOException {
        separate();
        append(prefix);
        if (sequence < 100) {
            append('0');
        }
        if (sequence < 10) {
            append('0');
        }
        append(Integer.toString(sequence));
        return this;
    }

    /** An amount of money with exactly two decimals, e.g. 1234 cents as {@code 12.34} and -5 as {@code -0.05}. */
    CsvRowWriter cents(long value) throws IOException {
        separate();
        if (value < 0) {
            append('-');
            value = -value;
        }
        append(Long.toString(value / 100));
        append('.');
        int fraction = (int) (value % 100);
        append((char) ('0' + fraction / 10));
        append((char) ('0' + fraction % 10));
        return this;
    }

    CsvRowWriter empty() throws IOException {
        separate();
        return this;
    }

    void endRow() throws IOException {
        endLine();
        rows++;
    }

    /** Data rows written, the header excluded. */
    long rows() {
        return rows;
    }

    void header(String... names) throws IOException {
        for (String name : names) {
            text(name);
        }
        endLine();
    }

    void flush() throws IOException {
        drain();
        out.flush();
    }

    private void endLine() throws IOException {
        append('\r');
        append('\n');
        rowStarted = false;
    }

    private void separate() throws IOException {
        if (rowStarted) {
            append(',');
        }
        rowStarted = true;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private void append(String value) throws IOException {
        int n = value.length();
        if (length + n > CAPACITY) {
            drain();
            if (n > CAPACITY) {
                out.write(value);
                return;
            }
        }
        value.getChars(0, n, buffer, length);
        length += n;
    }

    private void append(char c) throws IOException {
        if (length == CAPACITY) {
            drain();
        }
        buffer[length++] = c;
    }

    private void drain() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }
}
