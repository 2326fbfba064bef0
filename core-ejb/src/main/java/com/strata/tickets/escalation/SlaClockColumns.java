package com.strata.tickets.escalation;

/**
 * One SLA clock's columns in the ticket table: its name as the timeline and notifications store it, and the column
 * prefix of its state, warn and due instants, warned flag and breach instant.
 */
enum SlaClockColumns {
    FIRST_RESPONSE("fr"),
    RESOLUTION("res");

    private final String prefix;

    SlaClockColumns(String prefix) {
        this.prefix = prefix;
    }

    String column(String name) {
        return prefix + "_" + name;
    }
}
