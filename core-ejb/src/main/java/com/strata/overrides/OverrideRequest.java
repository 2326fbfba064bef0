package com.strata.overrides;

import java.time.LocalDate;

/**
 * What an account manager asks for: pin the customer to {@code tier} from {@code startsOn} up to and including
 * {@code expiresOn}, for a reason. {@link OverrideRules} says what it may hold.
 */
public record OverrideRequest(
        String tier, ReasonCategory reasonCategory, String reasonText, LocalDate startsOn, LocalDate expiresOn) {}
