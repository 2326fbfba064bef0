package com.strata.runs;

import com.strata.policy.versions.ClassificationPolicyVersion;
import com.strata.scoring.ExplanationBasis;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The explanation basis of the latest completed runs, kept: a completed run and its policy version never change, and
 * parsing the run's diagnostics (percentile curves included) on every customer 360 view cost more CPU than the view's
 * own queries under load. Two callers racing on a run both build it; either result is the same.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExplanationBases {

    /** Views read the latest applied run; a few more cover the runs pages compare it with. */
    private static final int KEPT = 8;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    private final Map<Long, ExplanationBasis> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ExplanationBasis> eldest) {
            return size() > KEPT;
        }
    });

    /** The basis of a completed run; callers pass only runs they read as completed. */
    public ExplanationBasis of(long completedRunId) {
        ExplanationBasis basis = kept.get(completedRunId);
        if (basis == null) {
            ClassificationRun run = em.find(ClassificationRun.class, completedRunId);
            var policy = em.find(ClassificationPolicyVersion.class, run.getPolicyVersion())
                    .document()
                    .policy();
            basis = run.diagnostics().basis(policy);
            kept.put(completedRunId, basis);
        }
        return basis;
    }
}
