package com.strata.workflow;

/** How a completed task went. */
public enum TaskOutcome {
    REACHED,
    NOT_REACHED,
    WON_BACK,
    DECLINED,
    OTHER;

    /** A contact happened, so the follow-up cadence starts again from that day; a call nobody answered is none. */
    public boolean countsAsTouch() {
        return this != NOT_REACHED;
    }
}
