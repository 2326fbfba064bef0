package com.strata.audience;

/** Where an export job is; an EXPIRED job's file has been cleaned up. */
public enum ExportStatus {
    RUNNING,
    COMPLETED,
    FAILED,
    EXPIRED
}
