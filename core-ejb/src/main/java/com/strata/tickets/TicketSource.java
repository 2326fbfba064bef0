package com.strata.tickets;

/** Where a ticket came from: the service desk's page, the interactions import (closed history) or the REST API. */
public enum TicketSource {
    DESK,
    IMPORT,
    API
}
