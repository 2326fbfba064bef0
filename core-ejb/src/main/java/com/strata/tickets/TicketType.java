package com.strata.tickets;

/** A kind of ticket; complaints are what the churn rule counts while they are not resolved. */
public enum TicketType {
    REQUEST,
    INCIDENT,
    COMPLAINT
}
