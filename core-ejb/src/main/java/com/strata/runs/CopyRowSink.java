package com.strata.runs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows as one PostgreSQL {@code COPY ... FROM STDIN (FORMAT binary)}, on the chunk's own connection and so in its
 * transaction. Binary, because formatting and parsing some thirty numbers per score row as text cost more than
 * writing them. Loaded only on PostgreSQL, where the server's {@code org.postgresql} module provides the driver.
 */
final class CopyRowSink implements RowSink {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int NULL = -1;
    private static final LocalDate POSTGRES_EPOCH = LocalDate.of(2000, 1, 1);

    private final CopyManager copy;
    private final String sql;
    private final short columns;
    /** A chunk of 1,000 scores is about 330 KB; the buffer grows if one is larger. */
    private byte[] buffer = new byte[1 << 19];

    private int size;
    private boolean rowStarted;
    private int rows;

    private CopyRowSink(CopyManager copy, String table, String columns) {
        this.copy = copy;
        this.sql = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary)";
        this.columns = (short) RowSink.count(columns);
        header();
    }

    /** A COPY sink when the connection is PostgreSQL's, otherwise null. */
    static RowSink on(Connection connection, String table, String columns) throws SQLException {
        return connection.isWrapperFor(PGConnection.class)
                ? new CopyRowSink(connection.unwrap(PGConnection.class).getCopyAPI(), table, columns)
                : null;
    }

    @Override
    public void bigint(long value) {
        field(8);
        putLong(value);
    }

    @Override
    public void integer(int value) {
        field(4);
        putInt(value);
    }

    @Override
    public void integer(Integer value) {
        if (value == null) {
            field(NULL);
        } else {
            integer(value.intValue());
        }
    }

    @Override
    public void smallint(int value) {
        field(2);
        ensure(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    @Override
    public void number(double value) {
        if (Double.isNaN(value)) {
            field(NULL);
        } else {
            field(8);
            putLong(Double.doubleToRawLongBits(value));
        }
    }

    @Override
    public void text(String value) {
        if (value == null) {
            field(NULL);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        field(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    @Override
    public void bool(boolean value) {
        field(1);
        ensure(1);
        buffer[size++] = (byte) (value ? 1 : 0);
    }

    /** PostgreSQL's binary date: days since 2000-01-01. */
    @Override
    public void date(LocalDate value) {
        if (value == null) {
            field(NULL);
        } else {
            integer((int) ChronoUnit.DAYS.between(POSTGRES_EPOCH, value));
        }
    }

    @Override
    public void endRow() {
        rowStarted = false;
        rows++;
    }

    @Override
    public void flush() throws SQLException {
        if (rows == 0) {
            return;
        }
        ensure(2);
        buffer[size++] = (byte) 0xFF;
        buffer[size++] = (byte) 0xFF;
        try {
            copy.copyIn(sql, new ByteArrayInputStream(buffer, 0, size));
        } catch (IOException e) {
            throw new SQLException(sql + " failed: " + e.getMessage(), e);
        }
        size = 0;
        rows = 0;
        header();
    }

    @Override
    public void close() {
        size = 0;
    }

    private void header() {
        ensure(SIGNATURE.length + 8);
        System.arraycopy(SIGNATURE, 0, buffer, size, SIGNATURE.length);
        size += SIGNATURE.length;
        putInt(0);
        putInt(0);
    }

    /** Starts a field of this many bytes (-1 for NULL), and the row with its column count before its first field. */
    private void field(int length) {
        if (!rowStarted) {
            ensure(2);
            buffer[size++] = (byte) (columns >>> 8);
            buffer[size++] = (byte) columns;
            rowStarted = true;
        }
        putInt(length);
    }

    private void putInt(int value) {
        ensure(4);
        buffer[size++] = (byte) (value >>> 24);
        buffer[size++] = (byte) (value >>> 16);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void ensure(int bytes) {
        if (size + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes));
        }
    }
}
