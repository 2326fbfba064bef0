package com.strata.imports;

import com.strata.imports.ImportRunStatus.State;
import com.strata.refusal.Refusal;
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
 * At start-up no import can be going yet: an import still recorded as running was cut off when the server (or the
 * application) stopped, and its job execution is still marked as started in the job repository. The import is
 * recorded as failed and, once the application is up, its job continues after the last committed chunk, as a
 * cut-off reclassification run does. Without this the import would stay running for ever and refuse every restart.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
@RunAsPrincipal("system")
public class InterruptedImports {

    private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private TimerService timers;

    @EJB
    private ImportRuns importRuns;

    @EJB
    private ImportSubmissions submissions;

    @PostConstruct
    void markFailed() {
        List<ImportRun> cutOff = em.createQuery("select r from ImportRun r where r.state = :running", ImportRun.class)
                .setParameter("running", State.RUNNING)
                .getResultList();
        ArrayList<Long> restartable = new ArrayList<>();
        for (ImportRun run : cutOff) {
            long runId = run.getId();
            importRuns.finish(runId, State.FAILED);
            // Cut off between its record and its job's start, an import has nothing to continue.
            if (run.getJobExecutionId() != null) {
                restartable.add(runId);
                LOG.warning(() -> "Import " + runId + " was cut off by a stop; it continues once Strata is up");
            } else {
                LOG.warning(() -> "Import " + runId + " was cut off by a stop before its job started; it failed");
            }
        }
        if (!restartable.isEmpty()) {
            // Restart once the application is up: the job's artifacts are not there while it is still starting.
            timers.createSingleActionTimer(1, new TimerConfig(restartable, false));
        }
    }

    @Timeout
    @SuppressWarnings("unchecked")
    void restartCutOffImports(Timer timer) {
        for (Long runId : (List<Long>) timer.getInfo()) {
            try {
                submissions.restart(runId);
            } catch (Refusal refused) {
                // One import the job repository will not continue must not keep the others from continuing.
                LOG.warning(() -> "Import " + runId + " could not continue: " + refused.getMessage());
            }
        }
    }
}
