/**
 * Service desk tickets: a customer's request handled under the SLA of the customer's tier. The ticket entities and
 * their timeline, the {@code Tickets} service (create, notes, status changes, reopen, assignment), the stored SLA
 * clock columns kept right on every event from the clock engine ({@code com.strata.sla}), the service queue's query,
 * the ticket page's reads, the import of historical tickets and the tightening of targets when a tier rises.
 */
package com.strata.tickets;
