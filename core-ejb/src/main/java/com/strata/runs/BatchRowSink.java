package com.strata.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Rows as one JDBC batch of an INSERT. */
final class BatchRowSink implements RowSink {

    private final PreparedStatement insert;
    private int parameter = 1;

    BatchRowSink(Connection connection, String table, String columns) throws SQLException {
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
                + "?, ".repeat(RowSink.count(columns) - 1) + "?)");
    }

    @Override
    public void bigint(long value) throws SQLException {
        insert.setLong(parameter++, value);
    }

    @Override
    public void integer(int value) throws SQLException {
        insert.setInt(parameter++, value);
    }

    @Override
    public void integer(Integer value) throws SQLException {
        if (value == null) {
            insert.setNull(parameter++, Types.INTEGER);
        } else {
            insert.setInt(parameter++, value);
        }
    }

    @Override
    public void smallint(int value) throws SQLException {
        insert.setShort(parameter++, (short) value);
    }

    @Override
    public void number(double value) throws SQLException {
        if (Double.isNaN(value)) {
            insert.setNull(parameter++, Types.DOUBLE);
        } else {
            insert.setDouble(parameter++, value);
        }
    }

    @Override
    public void text(String value) throws SQLException {
        insert.setString(parameter++, value);
    }

    @Override
    public void bool(boolean value) throws SQLException {
        insert.setBoolean(parameter++, value);
    }

    @Override
    public void date(LocalDate value) throws SQLException {
        insert.setObject(parameter++, value);
    }

    @Override
    public void endRow() throws SQLException {
        insert.addBatch();
        parameter = 1;
    }

    @Override
    public void flush() throws SQLException {
        insert.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
