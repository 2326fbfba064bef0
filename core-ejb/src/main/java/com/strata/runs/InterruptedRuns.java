package com.strata.runs;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up no run can be going yet: a run still marked as running was cut off when the server stopped. It is
 * marked failed so it can be restarted (and, for APPLY, so it does not block the next APPLY run forever).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InterruptedRuns {

    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @PostConstruct
    void markFailed() {
        List<ClassificationRun> cutOff = em.createQuery(
                "select r from ClassificationRun r where r.status in :going", ClassificationRun.class)
                .setParameter("going", List.of(RunStatus.STARTING, RunStatus.RUNNING))
                .getResultList();
        for (ClassificationRun run : cutOff) {
            run.failed("The server stopped while the run was going; restart it to finish");
            LOG.warning(() -> "Run " + run.getId() + " was cut off by a server stop; marked failed");
        }
    }
}
