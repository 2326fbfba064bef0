package com.strata.tiering;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A manually pinned tier as the engine sees it: it wins over the computed tier up to and including
 * {@code expiresOn}.
 *
 * @param approvedBy who approved the pin, carried into the resulting tier change; may be null
 */
public record TierOverride(String tier, LocalDate expiresOn, String reason, String approvedBy) {

    public TierOverride {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }
}
