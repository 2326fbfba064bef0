package com.strata.team;

import java.util.Map;

/**
 * One account manager's figures on the Team page.
 *
 * @param customersPerTier live tier → customers, highest tier first; customers without a tier yet are {@code none}
 * @param valueAtRisk predicted CLV of the manager's customers with a churn warning in the latest applied run
 */
public record ManagerFigures(
        String username,
        String displayName,
        boolean active,
        long customers,
        Map<String, Long> customersPerTier,
        long untiered,
        long overdueTasks,
        long downgradeWarnings,
        long churnWarnings,
        double valueAtRisk) {}
