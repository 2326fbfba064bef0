package com.strata.runs;

import com.strata.policy.versions.ClassificationPolicyVersion;
import com.strata.scoring.ClassificationEngine;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Scores a run's snapshot with the engine once and keeps the result while the run writes it out. The engine is
 * deterministic, so after a server restart the same snapshot scores to exactly the same result: a restarted run
 * recomputes what it lost and continues from its checkpoint.
 */
@ApplicationScoped
class RunScoring {

    private final Map<Long, ScoredRun> scored = new ConcurrentHashMap<>();

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    ScoredRun scoredRun(long runId) {
        return scored.computeIfAbsent(runId, this::score);
    }

    void forget(long runId) {
        scored.remove(runId);
    }

    private ScoredRun score(long runId) {
        ClassificationRun run = em.find(ClassificationRun.class, runId);
        var policy = em.find(ClassificationPolicyVersion.class, run.getPolicyVersion())
                .document()
                .policy();
        RunBase base;
        try (Connection connection = dataSource.getConnection()) {
            base = RunInputs.load(connection, runId);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the input of run " + runId, e);
        }
        var result = new ClassificationEngine(policy).classify(base.summaries(), run.getAsOf());
        return new ScoredRun(runId, run.getMode(), run.getAsOf(), policy, base, result);
    }
}
