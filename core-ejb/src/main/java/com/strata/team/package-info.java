/**
 * The supervisor's team: per account manager, customers per tier, overdue tasks, warnings and value at risk, all
 * aggregated in the database; and bulk reassignment of customers (chosen or matching a filter) to another active
 * account manager, with or without their open tasks, in set-based statements.
 */
package com.strata.team;
