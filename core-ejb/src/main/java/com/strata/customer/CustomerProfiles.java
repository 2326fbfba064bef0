package com.strata.customer;

import com.strata.security.Roles;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A customer's profile, contacts and live tier with its entitlements, for everyone who may see the customer: an
 * account manager only their own portfolio, a supervisor their team's.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
public class CustomerProfiles {

    private static final String PROFILE = """
            SELECT c.code, c.name, c.kind, c.industry, c.size_band, c.ownership, c.region, c.acquisition_channel,
                   c.first_seen, c.status, c.account_manager, u.display_name AS manager_name,
                   t.tier, t.tier_since
            FROM customer c
            LEFT JOIN app_user u ON u.username = c.account_manager
            LEFT JOIN customer_tier t ON t.customer_id = c.id
            WHERE c.id = ?
            """;

    private static final String CONTACTS =
            "SELECT name, title, phone, email FROM contact WHERE customer_id = ? ORDER BY name";

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Portfolios portfolios;

    @Inject
    private TierServicePolicies policies;

    /** Refuses a customer outside the caller's portfolio; an unknown code is a {@link UnknownCustomerException}. */
    public CustomerProfile profile(String code) {
        try (Connection connection = dataSource.getConnection()) {
            CustomerKeys.Known customer = CustomerKeys.find(connection, code);
            portfolios.checkCustomer(code, customer.accountManager());
            return read(
                    connection,
                    customer.id(),
                    tier -> policies.current().stream()
                            .filter(policy -> policy.tier().equals(tier))
                            .findFirst()
                            .orElse(null));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read customer " + code, e);
        }
    }

    /** The profile of the customer with row id {@code customerId}, the live tier's entitlements looked up by tier. */
    static CustomerProfile read(
            Connection connection, long customerId, Function<String, TierServicePolicyView> entitlements)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PROFILE)) {
            select.setLong(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                String tier = row.getString("tier");
                CustomerProfile.LiveTier liveTier = tier == null
                        ? null
                        : new CustomerProfile.LiveTier(
                                tier, row.getDate("tier_since").toLocalDate(), entitlements.apply(tier));
                return new CustomerProfile(
                        row.getString("code"),
                        row.getString("name"),
                        CustomerKind.valueOf(row.getString("kind")),
                        row.getString("industry"),
                        choice(SizeBand.class, row.getString("size_band")),
                        choice(Ownership.class, row.getString("ownership")),
                        row.getString("region"),
                        row.getString("acquisition_channel"),
                        date(row.getDate("first_seen")),
                        CustomerStatus.valueOf(row.getString("status")),
                        row.getString("account_manager"),
                        row.getString("manager_name"),
                        contacts(connection, customerId),
                        liveTier);
            }
        }
    }

    private static List<CustomerProfile.ContactLine> contacts(Connection connection, long customerId)
            throws SQLException {
        List<CustomerProfile.ContactLine> contacts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CONTACTS)) {
            select.setLong(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    contacts.add(new CustomerProfile.ContactLine(
                            row.getString("name"),
                            row.getString("title"),
                            row.getString("phone"),
                            row.getString("email")));
                }
            }
        }
        return contacts;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
