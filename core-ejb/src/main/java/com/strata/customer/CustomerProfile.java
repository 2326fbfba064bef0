package com.strata.customer;

import com.strata.service.TierServicePolicyView;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer as the customer page's header and profile show it: who they are, who owns them (username and display
 * name; both null when nobody does), their contacts, and their live tier with what it entitles them to.
 */
public record CustomerProfile(
        String code,
        String name,
        CustomerKind kind,
        String industry,
        SizeBand sizeBand,
        Ownership ownership,
        String region,
        String acquisitionChannel,
        LocalDate firstSeen,
        CustomerStatus status,
        String accountManager,
        String accountManagerName,
        List<ContactLine> contacts,
        LiveTier liveTier) {

    public CustomerProfile {
        contacts = List.copyOf(contacts);
    }

    /** A contact at the customer; title, phone and email are null when the import had none. */
    public record ContactLine(String name, String title, String phone, String email) {}

    /**
     * The tier the last applied run (or an override) gave the customer, held since {@code since}, with the
     * entitlements of the tier's service policy in force (null for a tier without a policy). Null before the customer
     * has been through an applied run.
     */
    public record LiveTier(String tier, LocalDate since, TierServicePolicyView entitlements) {}
}
