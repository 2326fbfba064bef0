package com.strata.workflow;

/** OPEN until someone completes it (DONE) or its episode ends first (CLOSED). */
public enum TaskStatus {
    OPEN,
    DONE,
    CLOSED
}
