package com.strata.runs;

/**
 * Where a run stands. A FAILED run can be restarted from its last checkpoint, or abandoned by an administrator: an
 * ABANDONED run is over without having changed anything live, and no longer holds back the next APPLY run.
 */
public enum RunStatus {
    STARTING,
    RUNNING,
    COMPLETED,
    FAILED,
    ABANDONED
}
