package com.strata.tickets;

/** How urgent the customer's matter is, as the agent judged it. */
public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
