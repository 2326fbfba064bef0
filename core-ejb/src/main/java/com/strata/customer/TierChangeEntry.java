package com.strata.customer;

import java.time.LocalDate;

/**
 * One change of a customer's live tier: when, from which tier (null for the first tier) to which, which way on the
 * ladder, why ({@code reason}: the rule of the run that decided it, e.g. UPGRADED or DOWNGRADED), the run that made it
 * (null for a change no run made) and who approved it (null when nobody had to).
 */
public record TierChangeEntry(
        LocalDate changedOn,
        String fromTier,
        String toTier,
        TierMove move,
        String reason,
        Long runId,
        String approvedBy) {}
