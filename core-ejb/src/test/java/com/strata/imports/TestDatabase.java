package com.strata.imports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/** A fresh in-memory H2 with the real migrations and the demo account managers; imports run as in the server. */
final class TestDatabase implements AutoCloseable {

    static final LocalDate IMPORT_DATE = LocalDate.of(2026, 11, 23);

    private final Connection connection;

    TestDatabase() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO app_user (username, display_name, password_hash, created_at) VALUES"
                    + " ('manager', 'Zhang Min', 'x', CURRENT_TIMESTAMP), ('agent', 'Alex', 'x', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO app_user_role (user_id, role) SELECT id, 'ACCOUNT_MANAGER' FROM app_user"
                    + " WHERE username = 'manager'");
            sql.execute("INSERT INTO app_user_role (user_id, role) SELECT id, 'SERVICE_AGENT' FROM app_user"
                    + " WHERE username = 'agent'");
        }
    }

    ImportReport load(ImportKind kind, String csv) throws Exception {
        return load(kind, csv.getBytes(StandardCharsets.UTF_8));
    }

    ImportReport load(ImportKind kind, byte[] csv) throws Exception {
        ImportSettings settings = ImportSettings.load(connection, IMPORT_DATE);
        return new CsvImport(kind, settings).run(new ByteArrayInputStream(csv), connection);
    }

    long count(String table) throws SQLException {
        return single("SELECT COUNT(*) FROM " + table);
    }

    long single(String query) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    String text(String query) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Override
    public void close() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("SHUTDOWN");
        }
        connection.close();
    }
}
