package com.strata.workflow;

/** Why a generation pass ran: an APPLY run completed, the daily timer, or an administrator asked. */
public enum PassCause {
    RUN,
    DAILY,
    MANUAL
}
