package com.strata.team;

import com.strata.customer.CustomerSearch;
import com.strata.customer.NewWarning;
import com.strata.customer.PortfolioScope;
import com.strata.customer.Portfolios;
import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The home page's new churn and downgrade warnings in the caller's portfolio. A portfolio of named managers reads the
 * counts kept in {@code manager_figures} (a few short rows); counting them per view looked up the previous run's score
 * of every customer in the portfolio. A scope of everyone, or figures kept before these counts existed, is counted
 * live by {@link CustomerSearch#countNewWarnings}.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
public class NewWarnings {

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @EJB
    private Portfolios portfolios;

    @EJB
    private CustomerSearch customers;

    public long count(NewWarning warning) {
        PortfolioScope scope = portfolios.callerScope();
        if (!scope.everyone()) {
            try (Connection db = dataSource.getConnection()) {
                OptionalLong kept = ManagerFiguresTable.newWarnings(db, scope.managers(), warning);
                if (kept.isPresent()) {
                    return kept.getAsLong();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the kept warning counts", e);
            }
        }
        return customers.countNewWarnings(warning);
    }
}
