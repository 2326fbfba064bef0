package com.strata.batch.imports;

import com.strata.imports.ImportRunStatus;
import com.strata.imports.ImportRuns;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Marks the recorded import finished, completed or failed, when the job ends. A completed import's file is
 * deleted; a failed one's is kept for the restart.
 */
@Dependent
@Named("importJobListener")
public class ImportJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty(name = ImportJobParameters.RUN)
    private String importRunId;

    @Inject
    @BatchProperty(name = ImportJobParameters.FILE)
    private String file;

    @Inject
    private JobContext job;

    @EJB
    private ImportRuns importRuns;

    @Override
    public void afterJob() throws Exception {
        boolean completed =
                job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED;
        importRuns.finish(
                Long.parseLong(importRunId),
                completed ? ImportRunStatus.State.COMPLETED : ImportRunStatus.State.FAILED);
        if (completed) {
            Files.deleteIfExists(Path.of(file));
        }
    }
}
