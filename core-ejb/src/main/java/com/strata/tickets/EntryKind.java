package com.strata.tickets;

/** What a line of a ticket's timeline records. */
public enum EntryKind {
    NOTE_INTERNAL,
    NOTE_CUSTOMER,
    STATUS,
    ASSIGNED,
    TARGET_TIGHTENED,
    WARNING,
    BREACH,
    SURVEY
}
