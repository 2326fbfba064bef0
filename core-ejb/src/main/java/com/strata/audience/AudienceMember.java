package com.strata.audience;

/** One customer of an audience as its page lists them. */
public record AudienceMember(
        String code,
        String name,
        String tier,
        String segment,
        String stage,
        double valueIndex,
        Double predictedClv,
        Double windowRevenue,
        double churnRisk,
        Integer recencyDays,
        String accountManager) {}
