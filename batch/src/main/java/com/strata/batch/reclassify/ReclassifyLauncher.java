package com.strata.batch.reclassify;

import com.strata.runs.InvalidRunRequestException;
import com.strata.runs.RunCatalog;
import com.strata.runs.RunLauncher;
import com.strata.runs.RunRequest;
import com.strata.runs.RunView;
import com.strata.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the reclassify job from this module, which holds its XML. Never inside a caller's transaction: a job started
 * there races with its own transactions (docs/wildfly.md), and the run record must be committed before the job reads it.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReclassifyLauncher implements RunLauncher {

    static final String JOB = "reclassify";
    private static final String DRILL = "failAfterCustomers";

    private static final Logger LOG = Logger.getLogger(ReclassifyLauncher.class.getName());

    @EJB
    private RunCatalog runs;

    @Override
    public RunView start(RunRequest request) {
        if (request.failAfterCustomers() != null && request.failAfterCustomers() < 0) {
            throw new InvalidRunRequestException(
                    "failAfterCustomers must be zero or more, got " + request.failAfterCustomers());
        }
        RunView run = runs.begin(request);
        Properties parameters = parameters(run.id());
        if (request.failAfterCustomers() != null) {
            parameters.setProperty(DRILL, request.failAfterCustomers().toString());
        }
        BatchRuntime.getJobOperator().start(JOB, parameters);
        return runs.detail(run.id()).run();
    }

    /**
     * Restarts from the last checkpoints. An execution cut off by a server stop is still marked as started in the job
     * repository and cannot be restarted; the run then goes again as a new execution, which gives the same outcome
     * because every step of the run can repeat (the run keeps its snapshot; writes replace what they wrote).
     */
    @Override
    public RunView restart(long runId) {
        long execution = runs.restartableExecution(runId);
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = parameters(runId);
        // The job repository merges the first execution's parameters into a restart's: switch the drill off.
        parameters.setProperty(DRILL, "");
        try {
            operator.restart(execution, parameters);
        } catch (JobRestartException cutOff) {
            LOG.warning(() -> "Run " + runId + ": execution " + execution + " cannot restart (" + cutOff.getMessage()
                    + "); running it again as a new execution");
            operator.start(JOB, parameters);
        }
        return runs.detail(runId).run();
    }

    /**
     * Marks the run abandoned, then its job execution, so the job repository will not restart it either. An
     * execution cut off by a server stop still counts as running there and cannot be abandoned; the run's own
     * status is what refuses a restart.
     */
    @Override
    @RolesAllowed(Roles.ADMIN)
    public RunView abandon(long runId) {
        runs.abandon(runId).ifPresent(execution -> {
            try {
                BatchRuntime.getJobOperator().abandon(execution);
            } catch (JobExecutionIsRunningException | NoSuchJobExecutionException stale) {
                LOG.warning(() -> "Run " + runId + " abandoned; its job execution " + execution
                        + " could not be marked abandoned: " + stale);
            }
        });
        return runs.detail(runId).run();
    }

    private static Properties parameters(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(runId));
        return parameters;
    }
}
