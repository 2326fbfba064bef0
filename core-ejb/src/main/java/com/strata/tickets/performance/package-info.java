/**
 * SLA performance over a period, for supervisors and administrators: per tier how many tickets opened in the period
 * met their targets, breached or are still running (counted in SQL), and per agent the median business time to first
 * response and to resolution (each clock read by the SLA engine, in the service calendar, without paused time).
 */
package com.strata.tickets.performance;
