package com.strata.overrides;

import com.strata.audience.AudienceCells;
import com.strata.audit.AuditTrail;
import com.strata.customer.Customer;
import com.strata.customer.PortfolioScope;
import com.strata.customer.Portfolios;
import com.strata.customer.UnknownCustomerException;
import com.strata.dashboard.LiveTierCounts;
import com.strata.refusal.Problem;
import com.strata.security.Roles;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.system.BusinessClock;
import com.strata.system.StrataDataSource;
import com.strata.team.ManagerFiguresTable;
import com.strata.tickets.TargetTightening;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * Tier overrides: requests by account managers for customers of their portfolio, decisions by the supervisor of the
 * customer's account manager (administrators decide any), ending early, and the reading of a customer's overrides
 * and of the queue waiting for a decision. An approval that starts today or earlier changes the live tier at once;
 * every step is audited. Dates are the business clock's.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
public class TierOverrides {

    /** Upper bound on the decision queue a page or call reads at once. */
    public static final int MAX_QUEUE = 500;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private TargetTightening tightening;

    @Inject
    private Portfolios portfolios;

    @Inject
    private BusinessClock clock;

    @Inject
    private TierServicePolicies tierPolicies;

    @Inject
    private AuditTrail audit;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    /** The customer's overrides, the newest request first. */
    public List<OverrideView> forCustomer(String customerCode) {
        Customer customer = customer(customerCode);
        portfolios.checkCustomer(customerCode, customer.getAccountManager());
        LocalDate today = clock.today();
        return em.createQuery(
                        "select o from OverrideEntry o where o.customerId = :customer order by o.id desc",
                        OverrideEntry.class)
                .setParameter("customer", customer.getId())
                .getResultStream()
                .map(o -> view(o, customer, today))
                .toList();
    }

    /** Requests waiting for the caller's decision (their team's; every one for an administrator), oldest first. */
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public List<OverrideView> pending() {
        PortfolioScope scope = decisionScope();
        String jpql = "select o, c from OverrideEntry o, Customer c where c.id = o.customerId and o.status = :status"
                + (scope.everyone() ? "" : " and c.accountManager in :managers")
                + " order by o.requestedAt, o.id";
        var query = em.createQuery(jpql, Object[].class)
                .setParameter("status", OverrideStatus.PENDING)
                .setMaxResults(MAX_QUEUE);
        if (!scope.everyone()) {
            query.setParameter("managers", scope.managers());
        }
        LocalDate today = clock.today();
        return query.getResultStream()
                .map(row -> view((OverrideEntry) row[0], (Customer) row[1], today))
                .toList();
    }

    /** The caller's own requests decided in the last {@code days} days, the newest decision first: their answers. */
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.SUPERVISOR})
    public List<OverrideView> answeredRequests(int days) {
        LocalDate today = clock.today();
        return em.createQuery(
                        "select o, c from OverrideEntry o, Customer c where c.id = o.customerId"
                                + " and o.requestedBy = :caller and o.status <> :pending and o.decidedAt >= :since"
                                + " order by o.decidedAt desc, o.id desc",
                        Object[].class)
                .setParameter("caller", caller())
                .setParameter("pending", OverrideStatus.PENDING)
                .setParameter("since", today.minusDays(days).atStartOfDay())
                .setMaxResults(MAX_QUEUE)
                .getResultStream()
                .map(row -> view((OverrideEntry) row[0], (Customer) row[1], today))
                .toList();
    }

    /**
     * Asks to pin a customer of the caller's portfolio; refused while the customer has one pending or in force. The
     * customer is locked before that check, so of simultaneous requests for one customer exactly one is stored.
     */
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.SUPERVISOR})
    public OverrideView request(String customerCode, OverrideRequest request) {
        Customer customer = customer(customerCode);
        portfolios.checkCustomer(customerCode, customer.getAccountManager());
        em.lock(customer, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = clock.today();
        List<Problem> problems = OverrideRules.problems(request, today, tiers());
        if (!problems.isEmpty()) {
            throw new InvalidOverrideException(problems);
        }
        List<OverrideEntry> open = em.createQuery(
                        "select o from OverrideEntry o where o.customerId = :customer"
                                + " and (o.status = :pending or (o.status = :approved and o.endsOn >= :today))",
                        OverrideEntry.class)
                .setParameter("customer", customer.getId())
                .setParameter("pending", OverrideStatus.PENDING)
                .setParameter("approved", OverrideStatus.APPROVED)
                .setParameter("today", today)
                .getResultList();
        if (!open.isEmpty()) {
            OverrideEntry other = open.get(0);
            throw new OverrideRefusedException("Customer " + customerCode + " already has override " + other.getId()
                    + " (" + other.stateOn(today).name().toLowerCase() + "); end it or wait for its decision first");
        }
        OverrideEntry entry = new OverrideEntry(customer.getId(), request, caller(), now());
        em.persist(entry);
        em.flush();
        audit.record(
                "OVERRIDE_REQUESTED",
                subject(customer, entry),
                entry.getTier() + " from " + entry.getStartsOn() + " to " + entry.getExpiresOn() + " ("
                        + entry.getReasonCategory() + ": " + entry.getReasonText() + ")");
        return view(entry, customer, today);
    }

    /** Approves a request; when it starts today or earlier the live tier becomes the pinned tier now. */
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public OverrideView approve(long id, String comment) {
        requireComment(comment, false);
        OverrideEntry entry = locked(id);
        Customer customer = em.find(Customer.class, entry.getCustomerId());
        checkDecides(customer);
        LocalDate today = clock.today();
        String detail = "approved";
        if (entry.approve(caller(), now(), comment, today)) {
            String previous = pinLiveTier(entry, today);
            entry.applied(previous, today);
            refreshFigures(customer.getAccountManager());
            tightening.forCustomer(customer.getId());
            detail += "; live tier " + (previous == null ? "none" : previous) + " → " + entry.getTier();
        } else {
            detail += "; pinned from " + entry.getStartsOn() + " by the first run on or after that day";
        }
        audit.record("OVERRIDE_APPROVED", subject(customer, entry), withComment(detail, comment));
        return view(entry, customer, today);
    }

    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public OverrideView reject(long id, String comment) {
        requireComment(comment, true);
        OverrideEntry entry = locked(id);
        Customer customer = em.find(Customer.class, entry.getCustomerId());
        checkDecides(customer);
        LocalDate today = clock.today();
        entry.reject(caller(), now(), comment, today);
        audit.record("OVERRIDE_REJECTED", subject(customer, entry), withComment("rejected", comment));
        return view(entry, customer, today);
    }

    /**
     * Ends an active or scheduled override from today; the next run returns the customer to the computed tier. The
     * customer's account manager, their supervisor or an administrator may end it.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER})
    public OverrideView end(long id, String comment) {
        requireComment(comment, false);
        OverrideEntry entry = locked(id);
        Customer customer = em.find(Customer.class, entry.getCustomerId());
        portfolios.checkCustomer(customer.getCode(), customer.getAccountManager());
        LocalDate today = clock.today();
        entry.end(caller(), now(), comment, today);
        audit.record(
                "OVERRIDE_ENDED",
                subject(customer, entry),
                withComment("ended early; last day in force " + entry.getEndsOn(), comment));
        return view(entry, customer, today);
    }

    /** Whether the caller decides requests for this customer's account manager. */
    public boolean decides(String accountManager) {
        return (session.isCallerInRole(Roles.ADMIN) || session.isCallerInRole(Roles.SUPERVISOR))
                && decisionScope().includes(accountManager);
    }

    /** The tiers an override may pin, highest first. */
    public List<String> tiers() {
        return tierPolicies.current().stream().map(TierServicePolicyView::tier).toList();
    }

    /**
     * Sets the live tier to the pinned one with a fresh hysteresis count, and answers the tier it replaced. The row is
     * locked first, so a concurrent approval cannot read the same previous tier.
     */
    private String pinLiveTier(OverrideEntry entry, LocalDate today) {
        List<?> current = em.createNativeQuery("SELECT tier FROM customer_tier WHERE customer_id = ?1 FOR UPDATE")
                .setParameter(1, entry.getCustomerId())
                .getResultList();
        if (current.isEmpty()) {
            em.createNativeQuery("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since)"
                            + " VALUES (?1, ?2, 0, ?3)")
                    .setParameter(1, entry.getCustomerId())
                    .setParameter(2, entry.getTier())
                    .setParameter(3, today)
                    .executeUpdate();
            moveLiveCount(entry.getCustomerId(), null, entry.getTier());
            return null;
        }
        String previous = (String) current.get(0);
        moveLiveCount(entry.getCustomerId(), previous, entry.getTier());
        em.createNativeQuery("UPDATE customer_tier SET tier = ?1, tier_lower_runs = 0,"
                        + " tier_since = CASE WHEN tier = ?1 THEN tier_since ELSE ?2 END WHERE customer_id = ?3")
                .setParameter(1, entry.getTier())
                .setParameter(2, today)
                .setParameter(3, entry.getCustomerId())
                .executeUpdate();
        return previous;
    }

    /** The dashboard's live tier mix and the audience cells follow the pinned tier in the same transaction. */
    private void moveLiveCount(long customerId, String from, String to) {
        try (Connection db = dataSource.getConnection()) {
            LiveTierCounts.moved(db, from, to);
            AudienceCells.moved(db, customerId, from, to);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the live tier " + to, e);
        }
    }

    /** The Team page counts customers per live tier: the manager's figures follow the pinned tier at once. */
    private void refreshFigures(String accountManager) {
        if (accountManager == null) {
            return;
        }
        em.flush();
        try (Connection db = dataSource.getConnection()) {
            ManagerFiguresTable.refresh(db, List.of(accountManager));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the team figures of " + accountManager, e);
        }
    }

    private PortfolioScope decisionScope() {
        return portfolios.callerScope();
    }

    private void checkDecides(Customer customer) {
        if (!decides(customer.getAccountManager())) {
            throw new NotDecidedByYouException(customer.getCode());
        }
    }

    private static void requireComment(String comment, boolean required) {
        List<Problem> problems = OverrideRules.commentProblems(comment, required);
        if (!problems.isEmpty()) {
            throw new InvalidOverrideException(problems);
        }
    }

    private OverrideEntry locked(long id) {
        OverrideEntry entry = em.find(OverrideEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new OverrideNotFoundException(id);
        }
        return entry;
    }

    private Customer customer(String code) {
        return em.createQuery("select c from Customer c where c.code = :code", Customer.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownCustomerException(code));
    }

    private static OverrideView view(OverrideEntry entry, Customer customer, LocalDate today) {
        return OverrideView.of(entry, customer.getCode(), customer.getName(), customer.getAccountManager(), today);
    }

    private static String subject(Customer customer, OverrideEntry entry) {
        return "customer " + customer.getCode() + " override " + entry.getId();
    }

    private static String withComment(String detail, String comment) {
        return comment == null || comment.isBlank() ? detail : detail + " (" + comment.strip() + ")";
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.now(), clock.zone());
    }
}
