package com.strata.service;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Set;

/**
 * New entitlements for one tier, as an administrator sends them; every member is required except {@code
 * followUpDays} (null: no follow-up cadence) and {@code version}, the tier's revision the change was made on (null:
 * whatever is in force; a stale one is refused). The constraints are checked where a change arrives from outside (the
 * REST API); {@link TierPolicyRules} checks every rule for every caller.
 */
public record TierServicePolicyChange(
        @NotNull(message = "give the English display name") String displayNameEn,
        @NotNull(message = "give the Chinese display name") String displayNameZh,

        @NotNull(message = "give the badge colour as #RRGGBB")
        String badgeColour,

        @NotNull(message = "say whether the tier has a dedicated account manager (true or false)")
        Boolean dedicatedManager,

        @NotNull(message = "give the first-response SLA in business hours")
        Integer firstResponseHours,

        @NotNull(message = "give the resolution SLA in business hours")
        Integer resolutionHours,

        Integer followUpDays,

        @NotNull(message = "give the discount in percent (0 to 100)")
        BigDecimal discountPercent,

        @NotNull(message = "list the service channels, e.g. [\"PHONE\",\"EMAIL\"]")
        Set<ServiceChannel> serviceChannels,

        @NotNull(message = "name the owning role, e.g. ACCOUNT_MANAGER")
        String owningRole,

        Long version) {}
