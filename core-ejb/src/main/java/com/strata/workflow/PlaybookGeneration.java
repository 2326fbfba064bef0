package com.strata.workflow;

import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs generation passes: after every completed APPLY run (the reclassify job calls {@link #afterRun}), daily for the
 * follow-up cadence, and when an administrator asks. A singleton with the default write lock, so passes on this
 * server run one at a time; the unique key on ongoing episodes keeps them exact even so. One pass is one transaction.
 */
@Singleton
@PermitAll
public class PlaybookGeneration {

    private static final Logger LOG = Logger.getLogger(PlaybookGeneration.class.getName());

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private BusinessClock clock;

    /** The pass after run {@code runId}, when it is a completed APPLY run; nothing for any other run. */
    public void afterRun(long runId) {
        Long latest = em.createQuery(
                        "select max(r.id) from ClassificationRun r where r.mode = com.strata.runs.RunMode.APPLY"
                                + " and r.status = com.strata.runs.RunStatus.COMPLETED",
                        Long.class)
                .getSingleResult();
        if (latest != null && latest == runId) {
            PassView pass = pass(PassCause.RUN, "system");
            LOG.info(() -> "Playbook pass " + pass.id() + " after run " + runId + ": " + pass.created()
                    + " task(s) created, " + pass.closed() + " closed");
        }
    }

    /** The daily pass: cadence episodes open and close with the calendar, not only with runs. */
    @Schedule(hour = "4", minute = "0", persistent = false)
    public void daily() {
        pass(PassCause.DAILY, "system");
    }

    /**
     * The pass for the SLA breach rules alone, after the escalation pass breached clocks: the manager's task follows
     * within the minute, not the next morning. Runs in the caller's transaction.
     */
    public PassView afterEscalation() {
        return pass(PassCause.ESCALATION, "system", PlaybookTrigger.SLA_BREACH);
    }

    @RolesAllowed(Roles.ADMIN)
    public PassView runNow() {
        return pass(PassCause.MANUAL, session.getCallerPrincipal().getName());
    }

    /** The newest passes first with their ledgers, one page at a time. */
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public List<PassView> passes(int first, int size) {
        try (Connection db = dataSource.getConnection()) {
            Map<Long, PassView> passes = new LinkedHashMap<>();
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT id, cause, business_date, run_id, started_by, started_at, ended_at FROM playbook_pass"
                            + " ORDER BY id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                select.setInt(1, first);
                select.setInt(2, size);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        long runId = row.getLong("run_id");
                        Long run = row.wasNull() ? null : runId;
                        passes.put(
                                row.getLong("id"),
                                new PassView(
                                        row.getLong("id"),
                                        PassCause.valueOf(row.getString("cause")),
                                        row.getDate("business_date").toLocalDate(),
                                        run,
                                        row.getString("started_by"),
                                        row.getTimestamp("started_at").toLocalDateTime(),
                                        row.getTimestamp("ended_at").toLocalDateTime(),
                                        Duration.between(
                                                        row.getTimestamp("started_at")
                                                                .toLocalDateTime(),
                                                        row.getTimestamp("ended_at")
                                                                .toLocalDateTime())
                                                .toMillis(),
                                        new ArrayList<>()));
                    }
                }
            }
            if (passes.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT pass_id, rule_id, eligible, created, already_open, already_done, without_owner, closed"
                            + " FROM playbook_ledger WHERE pass_id BETWEEN ? AND ? ORDER BY rule_id")) {
                select.setLong(1, passes.keySet().stream().min(Long::compare).orElseThrow());
                select.setLong(2, passes.keySet().stream().max(Long::compare).orElseThrow());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        PassView pass = passes.get(row.getLong(1));
                        if (pass != null) {
                            pass.ledger()
                                    .add(new LedgerLine(
                                            row.getLong(2),
                                            row.getLong(3),
                                            row.getLong(4),
                                            row.getLong(5),
                                            row.getLong(6),
                                            row.getLong(7),
                                            row.getLong(8)));
                        }
                    }
                }
            }
            return passes.values().stream()
                    .map(p -> new PassView(
                            p.id(),
                            p.cause(),
                            p.businessDate(),
                            p.runId(),
                            p.startedBy(),
                            p.startedAt(),
                            p.endedAt(),
                            p.durationMillis(),
                            List.copyOf(p.ledger())))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the playbook passes: " + e.getMessage(), e);
        }
    }

    private PassView pass(PassCause cause, String startedBy) {
        return pass(cause, startedBy, null);
    }

    /** A pass over the active rules, or only those with {@code trigger} when it is not null. */
    private PassView pass(PassCause cause, String startedBy, PlaybookTrigger trigger) {
        List<RuleSpec> rules = em.createQuery(
                        "select r from PlaybookRule r where r.active = true order by r.id", PlaybookRule.class)
                .getResultStream()
                .map(PlaybookRule::spec)
                .filter(rule -> trigger == null || rule.trigger() == trigger)
                .toList();
        var start = new GenerationPass.Start(
                cause, startedBy, clock.today(), LocalDateTime.ofInstant(clock.now(), clock.zone()));
        em.flush();
        try (Connection db = dataSource.getConnection()) {
            return GenerationPass.run(db, start, rules);
        } catch (SQLException e) {
            throw new IllegalStateException("The playbook pass failed: " + e.getMessage(), e);
        }
    }
}
