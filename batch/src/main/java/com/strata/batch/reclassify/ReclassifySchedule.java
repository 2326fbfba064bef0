package com.strata.batch.reclassify;

import com.strata.policy.versions.PolicyActivated;
import com.strata.policy.versions.PolicyCatalog;
import com.strata.policy.versions.RunSchedule;
import com.strata.policy.versions.ScheduleTimes;
import com.strata.runs.RunLauncher;
import com.strata.runs.RunMode;
import com.strata.runs.RunRefusedException;
import com.strata.runs.RunRequest;
import com.strata.runs.RunScheduler;
import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Starts an APPLY run on the active policy's schedule (default every night at 02:00, server time). Activating a
 * policy with another schedule moves the timer. The timer is not persistent: it is made again from the active policy
 * at every start, so a changed schedule can never leave a stale timer behind. Each timer fires once, at the time
 * {@link ScheduleTimes} gives, and the next is armed when it fires: the policy editor shows coming run times from the
 * same code.
 */
@Singleton
@Startup
@DependsOn("core-ejb.jar#SchemaMigration")
@LocalBean
@PermitAll
@RunAs(Roles.ADMIN)
@RunAsPrincipal("scheduler")
public class ReclassifySchedule implements RunScheduler {

    private static final Logger LOG = Logger.getLogger(ReclassifySchedule.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private PolicyCatalog policies;

    @EJB
    private RunLauncher launcher;

    @EJB
    private BusinessClock clock;

    private RunSchedule schedule;
    private ZonedDateTime armedFor;

    @PostConstruct
    void scheduleActivePolicy() {
        schedule(policies.activeSchedule());
    }

    /** A business method of the no-interface view: CDI observers on session beans must be. */
    public void policyActivated(@Observes PolicyActivated activated) {
        schedule(activated.schedule());
    }

    @Override
    public Optional<ZonedDateTime> nextScheduledRun() {
        return timers.getTimers().stream()
                .findFirst()
                .map(Timer::getNextTimeout)
                .map(next -> next.toInstant().atZone(ZoneId.systemDefault()));
    }

    @Timeout
    void runScheduled() {
        try {
            launcher.start(new RunRequest(RunMode.APPLY, clock.today(), null, null));
        } catch (RunRefusedException busy) {
            LOG.warning(() -> "Scheduled APPLY run skipped: " + busy.getMessage());
        } finally {
            arm();
        }
    }

    private void schedule(RunSchedule schedule) {
        timers.getTimers().forEach(Timer::cancel);
        this.schedule = schedule;
        armedFor = null;
        arm();
        LOG.info(() -> "Reclassification scheduled at \"" + schedule + "\"; next run "
                + nextScheduledRun().map(ZonedDateTime::toString).orElse("never"));
    }

    /** Arms the one timer at the schedule's next time after now (and after the time just fired, never twice). */
    private void arm() {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.systemDefault());
        ZonedDateTime after = armedFor != null && armedFor.isAfter(now) ? armedFor : now;
        armedFor = ScheduleTimes.of(schedule).next(after);
        if (armedFor != null) {
            timers.createSingleActionTimer(
                    Date.from(armedFor.toInstant()), new TimerConfig("reclassify " + schedule, false));
        }
    }
}
