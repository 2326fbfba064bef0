package com.strata.runs;

import com.strata.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * At start-up no run can be going yet: a run still marked as running was cut off when the server (or the
 * application) stopped. It is marked failed and, once the application is up, restarted from its checkpoints, so a
 * stop in the middle of the night does not leave the base half reclassified or block the next APPLY run.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
@RunAsPrincipal("system")
public class InterruptedRuns {

    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private TimerService timers;

    @EJB
    private RunLauncher launcher;

    @PostConstruct
    void markFailed() {
        List<ClassificationRun> cutOff = em.createQuery(
                        "select r from ClassificationRun r where r.status in :going", ClassificationRun.class)
                .setParameter("going", List.of(RunStatus.STARTING, RunStatus.RUNNING))
                .getResultList();
        ArrayList<Long> ids = new ArrayList<>();
        for (ClassificationRun run : cutOff) {
            run.failed("The server stopped while the run was going");
            ids.add(run.getId());
            LOG.warning(() -> "Run " + run.getId() + " was cut off by a stop; it restarts once Strata is up");
        }
        if (!ids.isEmpty()) {
            // Restart once the application is up: the job's artifacts are not there while it is still starting.
            timers.createSingleActionTimer(1, new TimerConfig(ids, false));
        }
    }

    @Timeout
    @SuppressWarnings("unchecked")
    void restartCutOffRuns(Timer timer) {
        for (Long runId : (List<Long>) timer.getInfo()) {
            launcher.restart(runId);
        }
    }
}
