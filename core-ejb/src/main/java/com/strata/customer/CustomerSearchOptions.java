package com.strata.customer;

import java.util.List;

/**
 * The values each filter of the customer search offers the caller, and whose list it is.
 *
 * @param ownPortfolio true when the caller sees only their own customers (an account manager's "My portfolio")
 * @param tiers tier keys, highest first
 * @param segments the segments of the latest applied run
 * @param managers the active account managers whose customers the caller sees
 */
public record CustomerSearchOptions(
        boolean ownPortfolio,
        List<String> tiers,
        List<String> segments,
        List<String> stages,
        List<String> managers,
        List<String> regions,
        List<String> industries,
        List<String> sizeBands) {

    public CustomerSearchOptions {
        tiers = List.copyOf(tiers);
        segments = List.copyOf(segments);
        stages = List.copyOf(stages);
        managers = List.copyOf(managers);
        regions = List.copyOf(regions);
        industries = List.copyOf(industries);
        sizeBands = List.copyOf(sizeBands);
    }
}
