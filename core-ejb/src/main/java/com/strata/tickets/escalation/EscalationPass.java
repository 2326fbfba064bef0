package com.strata.tickets.escalation;

import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import com.strata.system.StrataDataSource;
import com.strata.workflow.PassView;
import com.strata.workflow.PlaybookGeneration;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs the escalation pass every minute on the business clock, and when a supervisor or administrator asks (a test that
 * moved the clock asks instead of waiting). A singleton with the default write lock, so passes on this server run one
 * at a time; the event log's unique key keeps them exact across servers. One pass is one transaction: the clock
 * states, timeline entries, notifications and the managers' tasks commit together or not at all.
 */
@Singleton
@PermitAll
public class EscalationPass {

    private static final Logger LOG = Logger.getLogger(EscalationPass.class.getName());

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private BusinessClock clock;

    @EJB
    private PlaybookGeneration playbooks;

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void everyMinute() {
        EscalationOutcome outcome = pass();
        if (outcome.warnings() + outcome.breaches() > 0) {
            LOG.info(() -> "Escalation pass: " + outcome);
        }
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public EscalationOutcome runNow() {
        return pass();
    }

    private EscalationOutcome pass() {
        long began = System.nanoTime();
        EscalationOutcome fired;
        try (Connection db = dataSource.getConnection()) {
            fired = ClockEvents.fire(db, clock.now());
        } catch (SQLException e) {
            throw new IllegalStateException("The escalation pass failed: " + e.getMessage(), e);
        }
        // Only a breach can start an SLA breach episode; without one the playbook pass would find nothing new.
        long tasks = 0;
        if (fired.breaches() > 0) {
            PassView generation = playbooks.afterEscalation();
            tasks = generation.created();
        }
        return fired.withTasks(tasks, (System.nanoTime() - began) / 1_000_000);
    }
}
