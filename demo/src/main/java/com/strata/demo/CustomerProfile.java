package com.strata.demo;

import com.strata.customer.Ownership;
import com.strata.customer.SizeBand;

/**
 * One generated customer: the customers-file fields plus the hidden traits their purchases and interactions are
 * drawn from (lifecycle, usual order value, repeat rate, satisfaction). Company-only fields are null for persons.
 *
 * @param number      the customer's digits, shared by its {@code code} and its order and interaction references
 * @param mailDomain  the domain of the company's contacts' e-mail addresses
 * @param medianOrder the customer's median order value in yuan
 * @param repeatRate  expected repeat purchases per active year
 * @param satisfaction 0 (unhappy) to 1 (delighted); drives CSAT, NPS and complaints
 */
record CustomerProfile(
        String number,
        String name,
        boolean company,
        Industry industry,
        SizeBand size,
        Ownership ownership,
        String mailDomain,
        boolean englishContacts,
        String region,
        String acquisitionChannel,
        Lifecycle lifecycle,
        boolean active,
        String accountManager,
        Category favourite,
        String usualChannel,
        double medianOrder,
        double repeatRate,
        double satisfaction) {

    String code() {
        return "C" + number;
    }

    String kind() {
        return company ? "COMPANY" : "PERSON";
    }

    boolean churned() {
        return lifecycle.pattern() == BuyingPattern.CHURNED;
    }
}
