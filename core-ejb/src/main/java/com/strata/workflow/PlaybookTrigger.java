package com.strata.workflow;

/**
 * What opens an episode of a playbook rule for a customer. The score triggers read the latest completed APPLY run's
 * scores; the tier triggers open an episode on that run's tier event and keep it while the customer stays in the tier
 * the event put them in; the cadence trigger compares today with the customer's latest completed contact.
 */
public enum PlaybookTrigger {
    ENTERED_TIER,
    UPGRADED,
    DOWNGRADED,
    DOWNGRADE_WARNING,
    CHURN_WARNING,
    BECAME_NEW,
    CADENCE_OVERDUE;

    /** Whether a rule with this trigger must name a tier. */
    public boolean needsTier() {
        return this == ENTERED_TIER;
    }

    /** Whether an episode belongs to the tier event that opened it and ends when the customer leaves that tier. */
    boolean followsTierEvent() {
        return this == ENTERED_TIER || this == UPGRADED || this == DOWNGRADED;
    }
}
