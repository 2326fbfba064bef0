package com.strata.customer;

import com.strata.scoring.LifecycleStage;
import com.strata.security.Roles;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The customer list: search, filter, sort and page the customers the caller may see (an account manager their own,
 * a supervisor their team's, everyone else all), with the latest applied run's scores. Scoped in the SQL, so a page
 * never holds another portfolio's customer.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
public class CustomerSearch {

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @EJB
    private Portfolios portfolios;

    @EJB
    private TierServicePolicies tierPolicies;

    @EJB
    private CustomerFacets facets;

    @Inject
    private KeptCounts keptCounts;

    @Inject
    private ValueRanges valueRanges;

    /** The request's criteria, refused with every wrong value named, then searched. */
    public CustomerSearchPage search(CustomerCriteria.Raw raw) {
        return search(CustomerCriteria.parse(raw, tiers()));
    }

    /** One page of the caller's customers matching the criteria, with the count of matches. */
    public CustomerSearchPage search(CustomerCriteria criteria) {
        return inScope(
                        criteria,
                        (db, scope, run) -> CustomerSearchSql.search(db, criteria, scope, run, keptCounts, valueRanges))
                .orElseGet(() -> CustomerSearchPage.beforeFirstRun(criteria));
    }

    /** Only the rows of the criteria's page (a paginator that counted already). */
    public List<CustomerRow> rows(CustomerCriteria criteria) {
        return inScope(criteria, (db, scope, run) -> CustomerSearchSql.rows(db, criteria, scope, run, valueRanges))
                .orElse(List.of());
    }

    /** How many of the caller's customers match, up to {@link CustomerCriteria#MAX_MATCHES} + 1 (meaning: more). */
    public long count(CustomerCriteria criteria) {
        return inScope(criteria, (db, scope, run) -> CustomerSearchSql.count(db, criteria, scope, run, keptCounts))
                .orElse(0L);
    }

    /**
     * How many of the caller's customers the latest applied run gave the warning that the run before did not, up to
     * {@link CustomerCriteria#MAX_MATCHES} + 1 (meaning: more); the home page's figure for the list
     * {@code newWarning=churn|downgrade}.
     */
    public long countNewWarnings(NewWarning warning) {
        return count(CustomerCriteria.everything().withNewWarning(warning));
    }

    private interface Query<T> {
        T run(Connection db, PortfolioScope scope, CustomerSearchSql.ScoredRun run) throws SQLException;
    }

    /** The query on the latest applied run in the caller's scope; empty before the first run. */
    private <T> Optional<T> inScope(CustomerCriteria criteria, Query<T> query) {
        PortfolioScope scope = portfolios.callerScope();
        if (criteria.manager() != null && !scope.includes(criteria.manager())) {
            throw new EJBAccessException("Customers of " + criteria.manager() + " are not in your portfolio");
        }
        try (Connection db = dataSource.getConnection()) {
            Optional<CustomerSearchSql.ScoredRun> run = CustomerSearchSql.latestRun(db);
            if (run.isEmpty()) {
                return Optional.empty();
            }
            try (PlannerSettings serial = PlannerSettings.serial(db)) {
                return Optional.of(query.run(db, scope, run.get()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not search the customers", e);
        }
    }

    /** What each filter offers the caller. */
    public CustomerSearchOptions options() {
        PortfolioScope scope = portfolios.callerScope();
        String caller = session.getCallerPrincipal().getName();
        boolean own = !scope.everyone() && scope.managers().equals(List.of(caller));
        try (Connection db = dataSource.getConnection()) {
            Optional<CustomerFacets.Facets> seen =
                    CustomerSearchSql.latestRun(db).map(run -> facets.of(run.id()));
            return new CustomerSearchOptions(
                    own,
                    tiers(),
                    seen.map(CustomerFacets.Facets::segments).orElse(List.of()),
                    Arrays.stream(LifecycleStage.values()).map(Enum::name).toList(),
                    accountManagers(db).stream().filter(scope::includes).toList(),
                    seen.map(CustomerFacets.Facets::regions).orElse(List.of()),
                    seen.map(CustomerFacets.Facets::industries).orElse(List.of()),
                    Arrays.stream(SizeBand.values()).map(Enum::name).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the customer filter values", e);
        }
    }

    private List<String> tiers() {
        return tierPolicies.current().stream().map(TierServicePolicyView::tier).toList();
    }

    private static List<String> accountManagers(Connection db) throws SQLException {
        List<String> managers = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("""
                        SELECT u.username FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                        WHERE r.role = 'ACCOUNT_MANAGER' AND u.active ORDER BY u.username""");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                managers.add(row.getString(1));
            }
        }
        return managers;
    }
}
