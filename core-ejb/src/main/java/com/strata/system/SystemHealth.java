package com.strata.system;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Checks the database with a real connection, so a health probe fails when the database is down. A pool that lends no
 * connection within its blocking timeout is reported busy, not unreachable ({@link PoolExhaustion}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemHealth {

    private static final String LATEST_MIGRATION = "SELECT \"version\" FROM \"flyway_schema_history\""
            + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC";

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    public HealthReport check() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return HealthReport.reachable(
                    meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), latestMigration(connection));
        } catch (SQLException | RuntimeException e) {
            return PoolExhaustion.explains(e)
                    ? HealthReport.poolBusy(e.getMessage())
                    : HealthReport.unreachable(e.getMessage());
        }
    }

    private static String latestMigration(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LATEST_MIGRATION)) {
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
