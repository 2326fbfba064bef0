package com.strata.service;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A tier's entitlements as they were in force from {@code effectiveFrom} until {@code effectiveTo} (null: still in
 * force), who set them, and the tier's revision ({@code version}) a change sends back. {@code followUpDays} is null
 * when the tier has no follow-up cadence.
 */
public record TierServicePolicyView(
        String tier,
        String displayNameEn,
        String displayNameZh,
        String badgeColour,
        boolean dedicatedManager,
        int firstResponseHours,
        int resolutionHours,
        Integer followUpDays,
        BigDecimal discountPercent,
        Set<ServiceChannel> serviceChannels,
        String owningRole,
        LocalDateTime effectiveFrom,
        LocalDateTime effectiveTo,
        String changedBy,
        long version) {

    public TierServicePolicyView {
        // In the enum's order, so pages and the API list channels alike.
        EnumSet<ServiceChannel> ordered = EnumSet.noneOf(ServiceChannel.class);
        ordered.addAll(serviceChannels);
        serviceChannels = Collections.unmodifiableSet(ordered);
    }

    /** The tier's name in the reader's language: Chinese for any Chinese locale, English otherwise. */
    public String displayName(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? displayNameZh : displayNameEn;
    }
}
