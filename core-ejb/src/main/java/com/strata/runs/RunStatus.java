package com.strata.runs;

/** Where a run stands. A FAILED run can be restarted from its last checkpoint. */
public enum RunStatus {
    STARTING,
    RUNNING,
    COMPLETED,
    FAILED
}
