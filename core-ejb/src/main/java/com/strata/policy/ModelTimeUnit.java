package com.strata.policy;

/** The time unit the purchase model is fitted in; parameters such as alpha are expressed in it. */
public enum ModelTimeUnit {
    DAYS(1.0),
    WEEKS(7.0);

    private final double days;

    ModelTimeUnit(double days) {
        this.days = days;
    }

    /** Length of one unit in days. */
    public double days() {
        return days;
    }
}
