/**
 * The escalation pass: every minute (and when a supervisor or administrator asks) it compares the stored warn and due
 * instants of the running SLA clocks with the business clock's now, in set-based SQL, and fires each warning and each
 * breach once: the clock's state, a timeline entry, notifications for the assignee (the supervisors when nobody is
 * assigned) and the assignee's supervisor, and, for a breach where the customer's tier has a dedicated manager, the
 * manager's task through the SLA breach playbook rule.
 */
package com.strata.tickets.escalation;
