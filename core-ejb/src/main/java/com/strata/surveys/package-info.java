/**
 * The customer satisfaction survey of a resolved or closed ticket (CSAT 1–5, a reason for 1 or 2): the agent records
 * the customer's answer on the ticket page, or sends the customer a single-use link that works without an account
 * (only the token's SHA-256 is stored). The answer becomes a SURVEY interaction of the customer, so it feeds the
 * relationship value of the next run's scores.
 */
package com.strata.surveys;
