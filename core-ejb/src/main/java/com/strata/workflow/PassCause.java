package com.strata.workflow;

/**
 * Why a generation pass ran: an APPLY run completed, the daily timer, an administrator asked, or the escalation pass
 * breached SLA clocks (then only the SLA breach rules run).
 */
public enum PassCause {
    RUN,
    DAILY,
    MANUAL,
    ESCALATION
}
