package com.strata.runs;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Score rows as one PostgreSQL {@code COPY ... FROM STDIN} in text format, on the chunk's own connection and so in
 * its transaction. Loaded only on PostgreSQL, where the server's {@code org.postgresql} module provides the driver.
 */
final class CopyScoreSink implements ScoreSink {

    private final CopyManager copy;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private boolean rowStarted;

    private CopyScoreSink(CopyManager copy) {
        this.copy = copy;
    }

    /** A COPY sink when the connection is PostgreSQL's, otherwise null. */
    static ScoreSink on(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class)
                ? new CopyScoreSink(connection.unwrap(PGConnection.class).getCopyAPI())
                : null;
    }

    @Override
    public void integer(long value) {
        separate().append(value);
    }

    @Override
    public void integer(Integer value) {
        if (value == null) {
            separate().append("\\N");
        } else {
            separate().append(value.intValue());
        }
    }

    @Override
    public void number(double value) {
        // Double.toString round-trips exactly, and PostgreSQL reads its forms (1.0E-5, Infinity) as they are.
        if (Double.isNaN(value)) {
            separate().append("\\N");
        } else {
            separate().append(value);
        }
    }

    @Override
    public void text(String value) {
        StringBuilder out = separate();
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    @Override
    public void bool(boolean value) {
        separate().append(value ? 't' : 'f');
    }

    @Override
    public void endRow() {
        rows.append('\n');
        rowStarted = false;
    }

    @Override
    public void flush() throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("COPY customer_score (" + ScoreRows.COLUMN_NAMES + ") FROM STDIN",
                    new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY of score rows failed: " + e.getMessage(), e);
        }
        rows.setLength(0);
    }

    @Override
    public void close() {
        rows.setLength(0);
    }

    private StringBuilder separate() {
        if (rowStarted) {
            rows.append('\t');
        }
        rowStarted = true;
        return rows;
    }
}
