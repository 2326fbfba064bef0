package com.strata.customer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Search criteria from parameter name and value pairs, as a request gives them, on the five-tier ladder. */
public final class CriteriaPairs {

    private static final Set<String> TIERS = Set.of("Diamond", "Platinum", "Gold", "Silver", "Bronze");

    private CriteriaPairs() {}

    public static CustomerCriteria criteria(String... pairs) {
        Map<String, String> p = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            p.put(pairs[i], pairs[i + 1]);
        }
        return CustomerCriteria.parse(
                new CustomerCriteria.Raw(
                        p.get("q"),
                        p.get("tier"),
                        p.get("segment"),
                        p.get("stage"),
                        p.get("churnWarning"),
                        p.get("downgradeWarning"),
                        p.get("newWarning"),
                        p.get("manager"),
                        p.get("region"),
                        p.get("industry"),
                        p.get("sizeBand"),
                        p.get("sort"),
                        p.get("dir"),
                        p.get("first"),
                        p.get("size")),
                TIERS);
    }
}
