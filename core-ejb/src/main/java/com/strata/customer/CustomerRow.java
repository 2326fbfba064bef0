package com.strata.customer;

import java.time.LocalDate;

/**
 * One customer of the customer list: who they are, their live tier and their latest applied score.
 *
 * @param tier the live tier's key (a tier override included); null before the customer's first applied run
 * @param predictedClv null when the run's model could not predict it
 * @param lastPurchase null when the customer never bought
 */
public record CustomerRow(
        String code,
        String name,
        String tier,
        String segment,
        String stage,
        double churnRisk,
        boolean churnWarning,
        boolean downgradeWarning,
        double valueIndex,
        Double predictedClv,
        LocalDate lastPurchase,
        String accountManager,
        String region) {}
