package com.strata.workflow;

/**
 * What opens an episode of a playbook rule for a customer. The score triggers read the latest completed APPLY run's
 * scores; the tier triggers open an episode on that run's tier event and keep it while the customer stays in the tier
 * the event put them in; the cadence trigger compares today with the customer's latest completed contact; the SLA
 * breach trigger holds while a ticket of a customer whose tier has a dedicated manager has a breached clock.
 */
public enum PlaybookTrigger {
    ENTERED_TIER,
    UPGRADED,
    DOWNGRADED,
    DOWNGRADE_WARNING,
    CHURN_WARNING,
    BECAME_NEW,
    CADENCE_OVERDUE,
    /** A ticket of the customer has a breached SLA clock and is not closed yet (the escalation pass starts it). */
    SLA_BREACH;

    /** Whether a rule with this trigger must name a tier. */
    public boolean needsTier() {
        return this == ENTERED_TIER;
    }

    /** Whether an episode belongs to the tier event that opened it and ends when the customer leaves that tier. */
    boolean followsTierEvent() {
        return this == ENTERED_TIER || this == UPGRADED || this == DOWNGRADED;
    }
}
