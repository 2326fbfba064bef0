package com.strata.notifications;

/** What a notification says; its text is rendered from the kind and the notification's parameters. */
public enum NotificationKind {
    /** An SLA clock of a ticket passed its warning share: the ticket, its customer, the clock and its due instant. */
    SLA_WARNING,
    /** An SLA clock of a ticket breached: the ticket, its customer, the clock and the instant it was due. */
    SLA_BREACH,
    /** A customer answered the satisfaction survey of a ticket with 1 or 2: the ticket, its customer and the score. */
    SURVEY_LOW_SCORE
}
