/**
 * Playbooks and tasks: a playbook rule turns a tier event (entered a tier, upgraded, downgraded, a downgrade or churn
 * warning, became new, follow-up cadence overdue) into a task for the customer's owner. Generation passes run after
 * every completed APPLY run, daily and on demand, in set-based SQL, and keep one task per rule, customer and episode;
 * each pass records its ledger. Account managers and supervisors work their tasks in the inbox.
 */
package com.strata.workflow;
