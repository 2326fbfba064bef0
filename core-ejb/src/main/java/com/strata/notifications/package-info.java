/**
 * In-app notifications: what the escalation pass and the CSAT survey tell a user (an SLA clock of a ticket they handle
 * or supervise warned or breached, a customer answered a survey with a low score). A notification stores its kind and
 * parameters; pages render its text in the reader's language. The header shows the unread count on every page.
 */
package com.strata.notifications;
