package com.strata.audience;

import com.strata.audit.AuditTrail;
import com.strata.customer.CustomerSearchSql;
import com.strata.customer.CustomerSearchSql.ScoredRun;
import com.strata.customer.PlannerSettings;
import com.strata.customer.PortfolioScope;
import com.strata.customer.Portfolios;
import com.strata.customer.ValueRange;
import com.strata.security.Roles;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.system.BusinessClock;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Audiences: count, value and list the customers a filter holds in the caller's portfolio scope (an account manager
 * their own, a supervisor their team's, analysts and administrators all), and keep filters by name. A private audience
 * is its owner's alone; a shared one is read by every user of the page and changed only by its owner or an
 * administrator.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER})
public class Audiences {

    public static final int MAX_PAGE = 100;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private Portfolios portfolios;

    @EJB
    private TierServicePolicies tierPolicies;

    @EJB
    private AuditTrail audit;

    @EJB
    private BusinessClock clock;

    /** The filter of a request's parameters, the tier checked against the ladder. */
    public AudienceFilter filter(Map<String, String> raw) {
        return AudienceFilter.parse(raw, tiers());
    }

    /** The filter of a saved audience's query string. */
    public AudienceFilter filterOf(AudienceView audience) {
        return AudienceFilter.fromQueryString(audience.filter(), null);
    }

    /**
     * How many customers in scope the filter holds and what they are worth, on the latest applied run: from the run's
     * {@link AudienceCells} when they answer the filter, else from its scores.
     */
    public AudienceSummary summary(AudienceFilter filter) {
        return onLatestRun((db, scope, run) -> {
                    if (AudienceCells.serve(filter, scope)) {
                        Optional<AudienceSummary> cells = AudienceCells.summary(db, filter, scope, run);
                        if (cells.isPresent()) {
                            return cells.get();
                        }
                    }
                    try (PreparedStatement select = prepare(db, AudienceSql.summary(filter, scope, run));
                            ResultSet row = select.executeQuery()) {
                        row.next();
                        return new AudienceSummary(
                                row.getLong(1), row.getDouble(2), row.getDouble(3), run.id(), run.asOf());
                    }
                })
                .orElseGet(AudienceSummary::beforeFirstRun);
    }

    /** One page of the filter's customers in scope, the highest value index first. */
    public List<AudienceMember> members(AudienceFilter filter, int first, int size) {
        if (first < 0 || size < 1 || size > MAX_PAGE) {
            throw new InvalidAudienceException(
                    List.of("first: from 0, size: from 1 to " + MAX_PAGE + ", found " + first + " and " + size));
        }
        return onLatestRun((db, scope, run) -> {
                    List<AudienceMember> members = new ArrayList<>();
                    Optional<ValueRange> range = AudienceCells.valueRange(db, filter, scope, run.id());
                    if (range.filter(ValueRange::isEmpty).isPresent()) {
                        return members;
                    }
                    try (PlannerSettings loops = range.isPresent() ? PlannerSettings.nestedLoops(db) : null;
                            PreparedStatement select =
                                    prepare(db, AudienceSql.page(filter, scope, run, range, first, size));
                            ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            members.add(new AudienceMember(
                                    row.getString("code"),
                                    row.getString("name"),
                                    row.getString("tier"),
                                    row.getString("segment"),
                                    row.getString("stage"),
                                    row.getDouble("value_index"),
                                    optionalDouble(row, "predicted_clv"),
                                    optionalDouble(row, "window_amount"),
                                    row.getDouble("churn_risk"),
                                    optionalInt(row, "recency_days"),
                                    row.getString("account_manager")));
                        }
                    }
                    return members;
                })
                .orElse(List.of());
    }

    private static Double optionalDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    private static Integer optionalInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** The caller's own audiences and everyone's shared ones, by name. */
    public List<AudienceView> list() {
        return em
                .createQuery(
                        "select a from Audience a where a.owner = :me or a.shared = true order by a.name, a.id",
                        Audience.class)
                .setParameter("me", caller())
                .getResultList()
                .stream()
                .map(Audience::toView)
                .toList();
    }

    /** An audience the caller may read. */
    public AudienceView get(long id) {
        return readable(id).toView();
    }

    public AudienceView create(String name, boolean shared, AudienceFilter filter) {
        String checked = checkName(name, null);
        Audience audience = new Audience(checked, caller(), shared, filter.toQueryString(), now());
        em.persist(audience);
        em.flush();
        audit.record("AUDIENCE_CREATE", "audience:" + audience.id(), describe(audience));
        return audience.toView();
    }

    public AudienceView update(long id, String name, boolean shared, AudienceFilter filter) {
        Audience audience = changeable(id);
        String checked = checkName(name, id);
        audience.change(checked, shared, filter.toQueryString(), now());
        audit.record("AUDIENCE_UPDATE", "audience:" + id, describe(audience));
        return audience.toView();
    }

    public void delete(long id) {
        Audience audience = changeable(id);
        audit.record("AUDIENCE_DELETE", "audience:" + id, describe(audience));
        em.remove(audience);
    }

    private static String describe(Audience audience) {
        return "name=" + audience.name() + ", owner=" + audience.owner() + ", shared=" + audience.shared() + ", filter="
                + audience.filter();
    }

    private String checkName(String name, Long id) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidAudienceException(List.of("name: must not be blank"));
        }
        if (trimmed.length() > Audience.NAME_LENGTH) {
            throw new InvalidAudienceException(
                    List.of("name: at most " + Audience.NAME_LENGTH + " characters, found " + trimmed.length()));
        }
        boolean taken = !em.createQuery(
                        "select a.id from Audience a where a.owner = :me and a.name = :name and a.id <> :id",
                        Long.class)
                .setParameter("me", caller())
                .setParameter("name", trimmed)
                .setParameter("id", id == null ? -1L : id)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new InvalidAudienceException(
                    List.of("name: you already have an audience named \"" + trimmed + "\"; choose another name"));
        }
        return trimmed;
    }

    Audience readable(long id) {
        Audience audience = em.find(Audience.class, id);
        if (audience == null || !(audience.shared() || audience.owner().equals(caller()))) {
            throw new UnknownAudienceException("Audience " + id);
        }
        return audience;
    }

    private Audience changeable(long id) {
        Audience audience = readable(id);
        if (!audience.owner().equals(caller()) && !session.isCallerInRole(Roles.ADMIN)) {
            throw new AudienceRefusedException(
                    "Audience " + id + " is " + audience.owner() + "'s; only they or an administrator change it");
        }
        return audience;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.clock());
    }

    private List<String> tiers() {
        return tierPolicies.current().stream().map(TierServicePolicyView::tier).toList();
    }

    private interface Query<T> {
        T run(Connection db, PortfolioScope scope, ScoredRun run) throws SQLException;
    }

    private <T> Optional<T> onLatestRun(Query<T> query) {
        PortfolioScope scope = portfolios.callerScope();
        try (Connection db = dataSource.getConnection()) {
            Optional<ScoredRun> run = CustomerSearchSql.latestRun(db);
            return run.isEmpty() ? Optional.empty() : Optional.of(query.run(db, scope, run.get()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audience", e);
        }
    }

    static PreparedStatement prepare(Connection db, AudienceSql.Statement statement) throws SQLException {
        PreparedStatement prepared = db.prepareStatement(statement.sql());
        try {
            bind(prepared, statement);
            return prepared;
        } catch (SQLException e) {
            prepared.close();
            throw e;
        }
    }

    /** Sets the statement's parameters on a statement prepared from the same text. */
    static void bind(PreparedStatement prepared, AudienceSql.Statement statement) throws SQLException {
        int i = 1;
        for (Object value : statement.parameters()) {
            prepared.setObject(i++, value);
        }
    }
}
