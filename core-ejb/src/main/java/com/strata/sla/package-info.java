/**
 * SLA clocks: {@link com.strata.sla.SlaClocks} reads one clock (first response or resolution) of a ticket at an
 * instant from its start, target, tier tightenings, pauses and stop, in the business time of a {@link
 * com.strata.calendar.ServiceCalendar}: state, warning and due instants, time used, left and paused, and the breach.
 * Plain Java; the tickets package stores what a reading says.
 */
package com.strata.sla;
