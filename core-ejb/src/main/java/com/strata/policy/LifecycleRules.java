package com.strata.policy;

/**
 * Parameters of the lifecycle stage rules, applied in this order (the first that matches wins).
 *
 * <ol>
 *   <li>NEW: first purchase at most {@code newWithinDays} days before the as-of date [90]. A customer who never
 *       bought is NEW while the customer record is that young, CHURNED afterwards.
 *   <li>CHURNED: no purchase for at least {@code churnedAfterDays} days [365] and at least
 *       {@code churnedGapMultiple} times the customer's usual gap between purchase days [3.0]; or, for repeat
 *       customers with a fitted purchase model, P(alive) below {@code churnedBelowPAlive} [0.10].
 *   <li>DECLINING: no purchase for at least {@code decliningGapMultiple} times the usual gap [2.0]; or spend fell by
 *       at least {@code decliningSpendDrop} against the previous period [0.30]; or P(alive) below
 *       {@code decliningBelowPAlive} [0.50].
 *   <li>GROWING: first purchase at most {@code growingWithinDays} days ago [365], or spend rose by at least
 *       {@code growingSpendRise} against the previous period [0.20].
 *   <li>MATURE: everyone else.
 * </ol>
 *
 * <p>The usual gap is the customer's mean time between purchase days; a customer with one purchase day has none, so
 * the median of the base's repeat customers stands in.
 */
public record LifecycleRules(
        int newWithinDays,
        int growingWithinDays,
        double growingSpendRise,
        double decliningGapMultiple,
        double decliningSpendDrop,
        double decliningBelowPAlive,
        int churnedAfterDays,
        double churnedGapMultiple,
        double churnedBelowPAlive) {

    public LifecycleRules {
        if (newWithinDays < 0 || growingWithinDays < newWithinDays) {
            throw new IllegalArgumentException(
                    "need 0 <= newWithinDays <= growingWithinDays, got " + newWithinDays + " and " + growingWithinDays);
        }
        if (!(decliningGapMultiple >= 1 && churnedGapMultiple >= decliningGapMultiple)) {
            throw new IllegalArgumentException("need 1 <= decliningGapMultiple <= churnedGapMultiple, got "
                    + decliningGapMultiple + " and " + churnedGapMultiple);
        }
        if (!(churnedBelowPAlive >= 0 && churnedBelowPAlive <= decliningBelowPAlive && decliningBelowPAlive <= 1)) {
            throw new IllegalArgumentException("need 0 <= churnedBelowPAlive <= decliningBelowPAlive <= 1, got "
                    + churnedBelowPAlive + " and " + decliningBelowPAlive);
        }
        if (!(growingSpendRise > 0) || !(decliningSpendDrop > 0 && decliningSpendDrop <= 1)) {
            throw new IllegalArgumentException("spend rise must be positive and spend drop a fraction in (0, 1], got "
                    + growingSpendRise + " and " + decliningSpendDrop);
        }
        if (churnedAfterDays < 1) {
            throw new IllegalArgumentException("churnedAfterDays must be positive, got " + churnedAfterDays);
        }
    }

    public static LifecycleRules defaults() {
        return new LifecycleRules(90, 365, 0.20, 2.0, 0.30, 0.50, 365, 3.0, 0.10);
    }
}
