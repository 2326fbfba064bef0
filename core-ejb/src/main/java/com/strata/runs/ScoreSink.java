package com.strata.runs;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a chunk's score rows go, value by value in {@link ScoreRows}' column order and with each column's SQL type:
 * a JDBC batch anywhere, or a binary PostgreSQL COPY, several times faster for a wide row. NaN and null are stored
 * as NULL.
 */
interface ScoreSink extends AutoCloseable {

    /** Binary COPY on a PostgreSQL connection, a JDBC batch on any other. */
    static ScoreSink on(Connection connection) throws SQLException {
        ScoreSink copy = CopyScoreSink.on(connection);
        return copy != null ? copy : new BatchScoreSink(connection);
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

    void endRow() throws SQLException;

    /** Writes whatever is still buffered. */
    void flush() throws SQLException;

    @Override
    void close() throws SQLException;
}
