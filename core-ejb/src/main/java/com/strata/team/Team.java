package com.strata.team;

import static com.strata.refusal.ProblemCode.*;

import com.strata.audience.AudienceCells;
import com.strata.audit.AuditTrail;
import com.strata.customer.CustomerCriteria;
import com.strata.customer.CustomerSearchSql;
import com.strata.customer.NotInPortfolioException;
import com.strata.customer.PortfolioScope;
import com.strata.customer.Portfolios;
import com.strata.refusal.Problem;
import com.strata.security.Roles;
import com.strata.security.UserAccount;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.system.BusinessClock;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The supervisor's team (an administrator's: every account manager): the figures per account manager and bulk
 * reassignment of customers within it. A supervisor moves customers of their team to an active account manager of
 * their team; an administrator moves any customer to any active account manager. Reassignments are audited.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class Team {

    /** At most this many customers chosen one by one in one reassignment (a page's selection). */
    public static final int MAX_CHOSEN = 1000;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Portfolios portfolios;

    @Inject
    private BusinessClock clock;

    @Inject
    private TierServicePolicies tierPolicies;

    @Inject
    private AuditTrail audit;

    /** Each account manager of the caller's team with their figures, in username order. */
    public List<ManagerFigures> figures() {
        List<TeamFigures.Manager> managers = members().stream()
                .map(u -> new TeamFigures.Manager(u.getUsername(), u.getDisplayName(), u.isActive()))
                .toList();
        List<String> tiers =
                tierPolicies.current().stream().map(TierServicePolicyView::tier).toList();
        try (Connection db = dataSource.getConnection()) {
            return TeamFigures.of(db, managers, tiers, clock.today());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the team's figures", e);
        }
    }

    /** The active account managers customers may be moved to, in username order. */
    public List<ManagerChoice> targets() {
        return members().stream()
                .filter(UserAccount::isActive)
                .map(u -> new ManagerChoice(u.getUsername(), u.getDisplayName()))
                .toList();
    }

    /** Moves the chosen customers (by code) to {@code manager}, with their open tasks when asked. */
    public Reassigned reassign(List<String> codes, String manager, boolean moveTasks) {
        List<String> chosen = List.copyOf(new LinkedHashSet<>(codes == null ? List.of() : codes));
        List<Problem> problems = new ArrayList<>();
        if (chosen.isEmpty()) {
            problems.add(Problem.of("codes", CHOOSE_CUSTOMER));
        } else if (chosen.size() > MAX_CHOSEN) {
            problems.add(Problem.of("codes", AT_MOST_CUSTOMERS, MAX_CHOSEN, chosen.size()));
        }
        checkTarget(manager, problems);
        if (!problems.isEmpty()) {
            throw new InvalidReassignmentException(problems);
        }
        PortfolioScope scope = portfolios.callerScope();
        try (Connection db = dataSource.getConnection()) {
            CustomerMove.Selection selection =
                    CustomerMove.Selection.codes(chosen, scope.everyone() ? null : scope.managers());
            checkChosen(db, chosen, scope);
            Reassigned moved = move(db, selection, manager, moveTasks);
            audit.record(
                    "CUSTOMERS_REASSIGNED",
                    "customers → " + manager,
                    moved.customers() + " customers, " + moved.tasks() + " open tasks moved"
                            + (moveTasks ? "" : " (tasks kept)") + "; chosen: " + abbreviated(chosen));
            return moved;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reassign the customers", e);
        }
    }

    /**
     * Moves every customer of the caller's team matching the customers list's filter (any page) to {@code manager},
     * with their open tasks when asked.
     */
    public Reassigned reassignMatching(CustomerCriteria.Raw filter, String manager, boolean moveTasks) {
        List<Problem> problems = new ArrayList<>();
        checkTarget(manager, problems);
        if (!problems.isEmpty()) {
            throw new InvalidReassignmentException(problems);
        }
        CustomerCriteria criteria = CustomerCriteria.parse(
                filter,
                tierPolicies.current().stream().map(TierServicePolicyView::tier).toList());
        PortfolioScope scope = portfolios.callerScope();
        if (criteria.manager() != null && !scope.includes(criteria.manager())) {
            throw new EJBAccessException("Customers of " + criteria.manager() + " are not in your portfolio");
        }
        try (Connection db = dataSource.getConnection()) {
            Optional<CustomerSearchSql.ScoredRun> run = CustomerSearchSql.latestRun(db);
            if (run.isEmpty()) {
                return new Reassigned(0, 0, manager);
            }
            CustomerSearchSql.Statement ids = CustomerSearchSql.matchingIds(criteria, scope, run.get());
            CustomerMove.Selection selection = CustomerMove.Selection.ids(ids.sql(), ids.parameters());
            Reassigned moved = move(db, selection, manager, moveTasks);
            audit.record(
                    "CUSTOMERS_REASSIGNED",
                    "customers → " + manager,
                    moved.customers() + " customers, " + moved.tasks() + " open tasks moved"
                            + (moveTasks ? "" : " (tasks kept)") + "; all matching " + describe(criteria));
            return moved;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reassign the customers", e);
        }
    }

    private static Reassigned move(Connection db, CustomerMove.Selection selection, String manager, boolean moveTasks)
            throws SQLException {
        List<String> concerned = CustomerMove.managersOf(db, selection);
        CustomerMove.Moved moved = CustomerMove.to(db, selection, manager, moveTasks);
        List<String> refreshed = new ArrayList<>(concerned);
        if (!refreshed.contains(manager)) {
            refreshed.add(manager);
        }
        ManagerFiguresTable.refresh(db, refreshed);
        AudienceCells.recount(db, refreshed);
        return new Reassigned(moved.customers(), moved.tasks(), manager);
    }

    /** The filter's values as the audit keeps them. */
    private static String describe(CustomerCriteria criteria) {
        List<String> parts = new ArrayList<>();
        java.util.function.BiConsumer<String, Object> add = (name, value) -> {
            if (value != null) {
                parts.add(name + "=" + value);
            }
        };
        add.accept("q", criteria.text());
        add.accept("tier", criteria.tier());
        add.accept("segment", criteria.segment());
        add.accept("stage", criteria.stage());
        add.accept("churnWarning", criteria.churnWarning());
        add.accept("downgradeWarning", criteria.downgradeWarning());
        add.accept("manager", criteria.manager());
        add.accept("region", criteria.region());
        add.accept("industry", criteria.industry());
        add.accept("sizeBand", criteria.sizeBand());
        return parts.isEmpty() ? "(no filter)" : String.join(", ", parts);
    }

    /** Unknown codes are a 400 naming them; a code outside the caller's portfolio is a 403. */
    private static void checkChosen(Connection db, List<String> chosen, PortfolioScope scope) throws SQLException {
        List<String> found = new ArrayList<>();
        String select = "SELECT c.code, c.account_manager FROM customer c WHERE c.code IN ("
                + CustomerMove.placeholders(chosen.size()) + ")";
        try (PreparedStatement query = db.prepareStatement(select)) {
            for (int i = 0; i < chosen.size(); i++) {
                query.setString(i + 1, chosen.get(i));
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    if (!scope.includes(row.getString(2))) {
                        throw new NotInPortfolioException(row.getString(1));
                    }
                    found.add(row.getString(1));
                }
            }
        }
        List<String> unknown =
                chosen.stream().filter(code -> !found.contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidReassignmentException(
                    List.of(Problem.of("codes", NO_SUCH_CUSTOMER, abbreviated(unknown))));
        }
    }

    private void checkTarget(String manager, List<Problem> problems) {
        if (manager == null || manager.isBlank()) {
            problems.add(Problem.of("manager", CHOOSE_MANAGER));
        } else if (targets().stream().noneMatch(t -> t.username().equals(manager))) {
            problems.add(Problem.of("manager", NOT_A_TEAM_MANAGER, manager));
        }
    }

    /** The caller's team: a supervisor's members, or every account manager for an administrator. */
    private List<UserAccount> members() {
        if (session.isCallerInRole(Roles.ADMIN)) {
            return em.createQuery(
                            "select distinct u from UserAccount u join u.roles r where r = :role order by u.username",
                            UserAccount.class)
                    .setParameter("role", Roles.ACCOUNT_MANAGER)
                    .getResultList();
        }
        // Service agents work under a supervisor too; the team's portfolios are its account managers'.
        return em.createQuery(
                        "select distinct u from UserAccount u join u.roles r where u.supervisor = :supervisor"
                                + " and r = :role order by u.username",
                        UserAccount.class)
                .setParameter("supervisor", session.getCallerPrincipal().getName())
                .setParameter("role", Roles.ACCOUNT_MANAGER)
                .getResultList();
    }

    private static String abbreviated(List<String> codes) {
        return codes.size() <= 20
                ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, 20)) + " and " + (codes.size() - 20) + " more";
    }
}
