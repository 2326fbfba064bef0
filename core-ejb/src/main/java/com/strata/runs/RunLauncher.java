package com.strata.runs;

import jakarta.ejb.Local;

/**
 * Starts, restarts and abandons the reclassification job. Implemented in the batch module beside the job's XML, which only
 * that module can see; pages and the API use this interface so they depend on core-ejb alone.
 */
@Local
public interface RunLauncher {

    RunView start(RunRequest request);

    RunView restart(long runId);

    /** Ends a failed run for good (administrators only); see {@link RunCatalog#abandon}. */
    RunView abandon(long runId);
}
