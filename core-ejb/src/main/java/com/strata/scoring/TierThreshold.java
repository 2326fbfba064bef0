package com.strata.scoring;

/**
 * A tier's lowest qualifying value index in a run; for a top-share ladder it depends on the base.
 *
 * @param minimumValueIndex +infinity when the tier's share is smaller than one customer of this base
 */
public record TierThreshold(String tier, double minimumValueIndex) {

    public boolean reachable() {
        return Double.isFinite(minimumValueIndex);
    }
}
