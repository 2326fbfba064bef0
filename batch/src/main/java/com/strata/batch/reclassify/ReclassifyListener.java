package com.strata.batch.reclassify;

import com.strata.runs.RunSteps;
import com.strata.tickets.TargetTightening;
import com.strata.workflow.PlaybookGeneration;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the run record in step with the job: running when an execution starts, failed when one ends otherwise. When
 * a run has completed, the live tiers an APPLY run rewrote are vacuumed, the playbooks turn its tier events into tasks
 * and open tickets whose customer's tier rose get the tighter targets; then the tasks are vacuumed.
 */
@Dependent
@Named
public class ReclassifyListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(ReclassifyListener.class.getName());

    @Inject
    private ReclassifiedRun run;

    @Inject
    private JobContext job;

    @EJB
    private RunSteps steps;

    @EJB
    private PlaybookGeneration playbooks;

    @EJB
    private TargetTightening tightening;

    @Override
    public void beforeJob() {
        steps.running(run.id(), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        if (job.getBatchStatus() != BatchStatus.COMPLETED) {
            steps.failed(run.id(), "The run ended " + job.getBatchStatus() + " in execution " + job.getExecutionId());
            return;
        }
        steps.tidyTiers(run.id());
        // The run stays completed whatever happens here; a failed pass is caught up by the next one (daily at the
        // latest), which reads the same scores.
        try {
            playbooks.afterRun(run.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The playbook pass after run " + run.id() + " failed", e);
        }
        // Likewise: the next completed run or override approval catches up, as it compares the live tiers again.
        try {
            int tightened = tightening.afterRun(run.id());
            LOG.info(() -> "Run " + run.id() + " tightened the SLA targets of " + tightened + " open ticket(s)");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Tightening ticket targets after run " + run.id() + " failed", e);
        }
        steps.tidyTasks(run.id());
    }
}
