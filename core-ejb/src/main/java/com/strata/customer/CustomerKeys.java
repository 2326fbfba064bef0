package com.strata.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Finds a customer's id and owner by code, the first step of every read of one customer (by the unique code index). */
final class CustomerKeys {

    /** The customer's row id and the username of their account manager (null when nobody owns them). */
    record Known(long id, String accountManager) {}

    private CustomerKeys() {}

    static Known find(Connection connection, String code) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id, account_manager FROM customer WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new UnknownCustomerException(code);
                }
                return new Known(row.getLong("id"), row.getString("account_manager"));
            }
        }
    }
}
