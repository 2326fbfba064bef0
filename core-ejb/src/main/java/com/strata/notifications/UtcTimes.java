package com.strata.notifications;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in the ticket tables' TIMESTAMP columns, which hold UTC: bound and read as UTC local date-times so that the
 * server's time zone never shifts them.
 */
public final class UtcTimes {

    private UtcTimes() {}

    public static void bind(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }

    public static Instant read(ResultSet row, String column) throws SQLException {
        LocalDateTime at = row.getObject(column, LocalDateTime.class);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
