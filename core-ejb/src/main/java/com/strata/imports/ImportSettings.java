package com.strata.imports;

import com.strata.security.Roles;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * What row checks depend on besides the row: the import date (no purchase may lie after it), the largest amount
 * believed ({@code strata.import.max-amount}, default 10,000,000.00) and who may own customers.
 */
public record ImportSettings(LocalDate importDate, BigDecimal maxAmount, Set<String> accountManagers) {

    public static final String MAX_AMOUNT_PROPERTY = "strata.import.max-amount";
    private static final String DEFAULT_MAX_AMOUNT = "10000000.00";

    private static final String ACCOUNT_MANAGERS =
            "SELECT u.username FROM app_user u" + " JOIN app_user_role r ON r.user_id = u.id WHERE r.role = ?";

    public ImportSettings {
        accountManagers = Set.copyOf(accountManagers);
    }

    /** The settings for an import on {@code importDate}, with the account managers the database knows now. */
    public static ImportSettings load(Connection connection, LocalDate importDate) throws SQLException {
        Set<String> managers = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(ACCOUNT_MANAGERS)) {
            query.setString(1, Roles.ACCOUNT_MANAGER);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    managers.add(rows.getString(1));
                }
            }
        }
        return new ImportSettings(
                importDate, new BigDecimal(System.getProperty(MAX_AMOUNT_PROPERTY, DEFAULT_MAX_AMOUNT)), managers);
    }
}
