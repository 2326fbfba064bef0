package com.strata.tiering;

/** Which rule settled a customer's assigned tier in a run. */
public enum DecisionRule {
    /** No usable previous tier: the proposed tier applies. */
    FIRST_CLASSIFICATION,
    /** Qualified for the tier already held. */
    KEPT,
    /** Qualified higher: upgrades apply at once. */
    UPGRADED,
    /** Qualified lower, but not yet in enough consecutive runs. */
    HELD,
    /** Qualified lower in enough consecutive runs: moved down (one tier at most, by default). */
    DOWNGRADED,
    /** An unexpired manual override pins the tier. */
    OVERRIDDEN,
    /** The override that pinned the tier has ended: the proposed tier applies at once, without hysteresis. */
    OVERRIDE_ENDED
}
