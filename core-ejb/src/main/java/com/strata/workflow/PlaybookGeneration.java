package com.strata.workflow;

import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs generation passes: after every completed APPLY run (the reclassify job calls {@link #afterRun}), daily for the
 * follow-up cadence, and when an administrator asks. A singleton with the default write lock, so passes on this
 * server run one at a time; the unique key on ongoing episodes keeps them exact even so. One pass is one transaction.
 * A pass waits for the one before it rather than failing after the container's default 5 s (a pass over a large base
 * takes longer, and the pass after a run must not be lost); the wait stays under the 5-minute transaction timeout.
 * Reading the passes goes through {@link PlaybookPasses}, which takes no lock.
 */
@Singleton
@PermitAll
@AccessTimeout(value = 4, unit = TimeUnit.MINUTES)
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
