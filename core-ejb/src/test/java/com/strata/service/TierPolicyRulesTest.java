package com.strata.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.refusal.Problem;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an administrator may store as a tier's entitlements, and the words each refusal uses. */
class TierPolicyRulesTest {

    private static TierServicePolicyChange gold() {
        return new TierServicePolicyChange(
                "Gold",
                "黄金",
                "#B8860B",
                false,
                4,
                24,
                90,
                new BigDecimal("5"),
                EnumSet.of(ServiceChannel.PHONE, ServiceChannel.EMAIL),
                "ACCOUNT_MANAGER",
                null);
    }

    @Test
    void theShippedGoldPolicyIsValid() {
        assertEquals(List.of(), Problem.sentences(TierPolicyRules.problems(gold())));
    }

    @Test
    void noCadenceIsAllowedButAZeroDayCadenceIsNot() {
        assertEquals(List.of(), Problem.sentences(TierPolicyRules.problems(withCadence(null))));
        assertEquals(
                List.of("followUpDays: must be at least 1 day, or empty for no follow-up cadence, got 0"),
                Problem.sentences(TierPolicyRules.problems(withCadence(0))));
        assertEquals(List.of(), Problem.sentences(TierPolicyRules.problems(withCadence(1))));
    }

    @Test
    void slaHoursMustBePositiveAndResolutionNoSoonerThanFirstResponse() {
        assertEquals(
                List.of("firstResponseHours: must be more than 0 business hours, got 0"),
                Problem.sentences(TierPolicyRules.problems(withSla(0, 24))));
        assertEquals(
                List.of("resolutionHours: must be at least the first-response SLA (8 h), got 4"),
                Problem.sentences(TierPolicyRules.problems(withSla(8, 4))));
        assertEquals(List.of(), Problem.sentences(TierPolicyRules.problems(withSla(8, 8))));
        assertEquals(
                List.of("resolutionHours: must be more than 0 business hours, got -1"),
                Problem.sentences(TierPolicyRules.problems(withSla(4, -1))));
    }

    @Test
    void discountIsAPercentageWithAtMostTwoDecimals() {
        assertEquals(List.of(), Problem.sentences(TierPolicyRules.problems(withDiscount("0"))));
        assertEquals(List.of(), Problem.sentences(TierPolicyRules.problems(withDiscount("100"))));
        assertEquals(List.of(), Problem.sentences(TierPolicyRules.problems(withDiscount("12.50"))));
        assertEquals(
                List.of("discountPercent: must be between 0 and 100, got 100.01"),
                Problem.sentences(TierPolicyRules.problems(withDiscount("100.01"))));
        assertEquals(
                List.of("discountPercent: must be between 0 and 100, got -1"),
                Problem.sentences(TierPolicyRules.problems(withDiscount("-1"))));
        assertEquals(
                List.of("discountPercent: at most 2 decimals, got 2.125"),
                Problem.sentences(TierPolicyRules.problems(withDiscount("2.125"))));
    }

    @Test
    void everyProblemIsListedAtOnceNamingFieldAndValue() {
        TierServicePolicyChange bad = new TierServicePolicyChange(
                " ", "黄".repeat(65), "gold", null, 4, 24, 90, BigDecimal.ONE, Set.of(), "MANAGER", null);

        assertEquals(
                List.of(
                        "displayNameEn: must not be blank",
                        "displayNameZh: at most 64 characters, got 65",
                        "badgeColour: must be a colour as #RRGGBB, got 'gold'",
                        "dedicatedManager: say yes or no",
                        "serviceChannels: choose at least one channel",
                        "owningRole: must be one of ADMIN, ANALYST, SUPERVISOR, ACCOUNT_MANAGER, SERVICE_AGENT, got"
                                + " 'MANAGER'"),
                Problem.sentences(TierPolicyRules.problems(bad)));
    }

    @Test
    void theAuditNamesEachChangedEntitlementWithOldAndNewValue() {
        TierServicePolicyView before = view(gold());
        TierServicePolicyView after = view(withCadence(null));

        assertEquals("followUpDays: 90 → none", TierPolicyDifference.describe(before, after));
        assertTrue(TierPolicyDifference.describe(before, before).contains("no entitlement changed"));
    }

    private static TierServicePolicyView view(TierServicePolicyChange c) {
        return new TierServicePolicyView(
                "Gold",
                c.displayNameEn(),
                c.displayNameZh(),
                c.badgeColour(),
                c.dedicatedManager(),
                c.firstResponseHours(),
                c.resolutionHours(),
                c.followUpDays(),
                c.discountPercent(),
                c.serviceChannels(),
                c.owningRole(),
                LocalDateTime.now(),
                null,
                "admin",
                0);
    }

    private static TierServicePolicyChange withCadence(Integer days) {
        TierServicePolicyChange g = gold();
        return new TierServicePolicyChange(
                g.displayNameEn(),
                g.displayNameZh(),
                g.badgeColour(),
                g.dedicatedManager(),
                g.firstResponseHours(),
                g.resolutionHours(),
                days,
                g.discountPercent(),
                g.serviceChannels(),
                g.owningRole(),
                null);
    }

    private static TierServicePolicyChange withSla(int firstResponse, int resolution) {
        TierServicePolicyChange g = gold();
        return new TierServicePolicyChange(
                g.displayNameEn(),
                g.displayNameZh(),
                g.badgeColour(),
                g.dedicatedManager(),
                firstResponse,
                resolution,
                g.followUpDays(),
                g.discountPercent(),
                g.serviceChannels(),
                g.owningRole(),
                null);
    }

    private static TierServicePolicyChange withDiscount(String percent) {
        TierServicePolicyChange g = gold();
        return new TierServicePolicyChange(
                g.displayNameEn(),
                g.displayNameZh(),
                g.badgeColour(),
                g.dedicatedManager(),
                g.firstResponseHours(),
                g.resolutionHours(),
                g.followUpDays(),
                new BigDecimal(percent),
                g.serviceChannels(),
                g.owningRole(),
                null);
    }
}
