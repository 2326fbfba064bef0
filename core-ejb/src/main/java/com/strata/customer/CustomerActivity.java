package com.strata.customer;

import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A customer's purchases and interactions a page at a time, newest first. Each page is read by the customer's date
 * index (ix_purchase_customer_date, ix_interaction_customer_date), never the customer's whole history.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
public class CustomerActivity {

    private static final String PURCHASES = """
            SELECT order_ref, purchase_date, amount, margin, category, channel
            FROM purchase WHERE customer_id = ?
            ORDER BY purchase_date DESC, id DESC
            LIMIT ? OFFSET ?
            """;
    private static final String PURCHASE_COUNT = "SELECT COUNT(*) FROM purchase WHERE customer_id = ?";

    private static final String INTERACTIONS = """
            SELECT ref, type, interaction_date, csat, nps, text
            FROM interaction WHERE customer_id = ?
            ORDER BY interaction_date DESC, id DESC
            LIMIT ? OFFSET ?
            """;
    private static final String INTERACTION_COUNT = "SELECT COUNT(*) FROM interaction WHERE customer_id = ?";

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Portfolios portfolios;

    public CustomerPage<PurchaseLine> purchases(String code, PageRequest page) {
        try (Connection connection = dataSource.getConnection()) {
            return purchases(connection, known(connection, code), page);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the purchases of customer " + code, e);
        }
    }

    public CustomerPage<InteractionLine> interactions(String code, PageRequest page) {
        try (Connection connection = dataSource.getConnection()) {
            return interactions(connection, known(connection, code), page);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the interactions of customer " + code, e);
        }
    }

    private long known(Connection connection, String code) throws SQLException {
        CustomerKeys.Known customer = CustomerKeys.find(connection, code);
        portfolios.checkCustomer(code, customer.accountManager());
        return customer.id();
    }

    static CustomerPage<PurchaseLine> purchases(Connection connection, long customerId, PageRequest page)
            throws SQLException {
        List<PurchaseLine> rows = new ArrayList<>();
        try (PreparedStatement select = paged(connection, PURCHASES, customerId, page);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(new PurchaseLine(
                        row.getString("order_ref"),
                        row.getDate("purchase_date").toLocalDate(),
                        row.getBigDecimal("amount"),
                        row.getBigDecimal("margin"),
                        row.getString("category"),
                        row.getString("channel")));
            }
        }
        return new CustomerPage<>(page.first(), page.size(), count(connection, PURCHASE_COUNT, customerId), rows);
    }

    static CustomerPage<InteractionLine> interactions(Connection connection, long customerId, PageRequest page)
            throws SQLException {
        List<InteractionLine> rows = new ArrayList<>();
        try (PreparedStatement select = paged(connection, INTERACTIONS, customerId, page);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                int csat = row.getInt("csat");
                Integer csatOrNull = row.wasNull() ? null : csat;
                int nps = row.getInt("nps");
                Integer npsOrNull = row.wasNull() ? null : nps;
                rows.add(new InteractionLine(
                        row.getString("ref"),
                        InteractionType.valueOf(row.getString("type")),
                        row.getDate("interaction_date").toLocalDate(),
                        csatOrNull,
                        npsOrNull,
                        row.getString("text")));
            }
        }
        return new CustomerPage<>(page.first(), page.size(), count(connection, INTERACTION_COUNT, customerId), rows);
    }

    private static PreparedStatement paged(Connection connection, String sql, long customerId, PageRequest page)
            throws SQLException {
        PreparedStatement select = connection.prepareStatement(sql);
        select.setLong(1, customerId);
        select.setInt(2, page.size());
        select.setInt(3, page.first());
        return select;
    }

    private static long count(Connection connection, String sql, long customerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
