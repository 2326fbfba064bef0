package com.strata.runs;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Where a chunk's rows of one table go, value by value in column order and with each column's SQL type: a binary
 * PostgreSQL COPY, several times faster for many rows, or a JDBC batch on any other database. NaN and null are
 * stored as NULL.
 */
interface RowSink extends AutoCloseable {

    /** Binary COPY on a PostgreSQL connection, a JDBC batch on any other. */
    static RowSink on(Connection connection, String table, String columns) throws SQLException {
        RowSink copy = CopyRowSink.on(connection, table, columns);
        return copy != null ? copy : new BatchRowSink(connection, table, columns);
    }

    /** How many columns a comma-separated column list names. */
    static int count(String columns) {
        return columns.split(",").length;
    }

    void bigint(long value) throws SQLException;

    void integer(int value) throws SQLException;

    /** An integer, or NULL. */
    void integer(Integer value) throws SQLException;

    void smallint(int value) throws SQLException;

    /** A double precision number, or NULL for NaN. */
    void number(double value) throws SQLException;

    /** Text, or NULL. */
    void text(String value) throws SQLException;

    void bool(boolean value) throws SQLException;

    void date(LocalDate value) throws SQLException;

    void endRow() throws SQLException;

    /** Writes whatever is still buffered. */
    void flush() throws SQLException;

    @Override
    void close() throws SQLException;
}
