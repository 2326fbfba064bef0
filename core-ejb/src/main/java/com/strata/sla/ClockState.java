package com.strata.sla;

/** Where a clock stands at one instant. BREACHED wins over everything: a breach is never undone by a later stop. */
public enum ClockState {
    RUNNING,
    PAUSED,
    WARNING,
    BREACHED,
    MET
}
