package com.strata.policy.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.service.ServiceChannel;
import com.strata.service.TierServicePolicyView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeCostTest {

    private static TierServicePolicyView tier(
            String name, boolean manager, int firstResponse, int resolution, int discount) {
        return new TierServicePolicyView(
                name,
                name,
                name,
                "#000000",
                manager,
                firstResponse,
                resolution,
                null,
                BigDecimal.valueOf(discount),
                Set.of(ServiceChannel.EMAIL),
                "ACCOUNT_MANAGER",
                null,
                null,
                "system",
                0);
    }

    private static final List<TierServicePolicyView> ENTITLEMENTS =
            List.of(tier("Gold", true, 2, 8, 10), tier("Silver", false, 8, 24, 5), tier("Bronze", false, 24, 72, 0));

    @Test
    void customersGainingOrLosingADedicatedManagerAreCountedPerManager() {
        ChangeCost cost = ChangeCost.of(
                List.of(
                        new ChangeCost.Group("Silver", "Gold", "li", 3, 0),
                        new ChangeCost.Group("Gold", "Silver", "li", 1, 0),
                        new ChangeCost.Group("Gold", "Gold", "li", 7, 0),
                        new ChangeCost.Group("Gold", "Bronze", "wang", 2, 0),
                        new ChangeCost.Group(null, "Gold", null, 4, 0)),
                ENTITLEMENTS);

        assertEquals(
                List.of(
                        new ChangeCost.ManagerChange("li", 3, 1),
                        new ChangeCost.ManagerChange("wang", 0, 2),
                        new ChangeCost.ManagerChange(null, 4, 0)),
                cost.managers());
        assertEquals(7, cost.gainingManager());
        assertEquals(3, cost.losingManager());
        assertEquals(10, cost.moving());
        assertEquals(7, cost.customers("Gold", "Gold"));
    }

    @Test
    void discountChangeIsWindowRevenueTimesTheDifferenceInDiscountPerNewTier() {
        ChangeCost cost = ChangeCost.of(
                List.of(
                        // Silver to Gold: 1,000 of revenue at 10% instead of 5% = 50 more.
                        new ChangeCost.Group("Silver", "Gold", "li", 2, 1000),
                        // Gold staying Gold: no change.
                        new ChangeCost.Group("Gold", "Gold", "li", 1, 500),
                        // Gold to Bronze: 300 at 0% instead of 10% = 30 less.
                        new ChangeCost.Group("Gold", "Bronze", "li", 1, 300),
                        // Not tiered yet, now Silver: 200 at 5% = 10 more.
                        new ChangeCost.Group(null, "Silver", "li", 1, 200)),
                ENTITLEMENTS);

        assertEquals(
                List.of(
                        new ChangeCost.DiscountChange("Gold", 3, 1500, 50),
                        new ChangeCost.DiscountChange("Silver", 1, 200, 10),
                        new ChangeCost.DiscountChange("Bronze", 1, 300, -30)),
                cost.discounts());
        assertEquals(30, cost.discountChange(), 1e-9);
    }

    @Test
    void slaWorkloadCountsCustomersPerTargetBeforeAndAfter() {
        ChangeCost cost = ChangeCost.of(
                List.of(
                        new ChangeCost.Group("Silver", "Gold", "li", 3, 0),
                        new ChangeCost.Group("Bronze", "Bronze", "li", 5, 0),
                        new ChangeCost.Group(null, "Bronze", null, 2, 0)),
                ENTITLEMENTS);

        assertEquals(
                List.of(
                        new ChangeCost.SlaLoad(2, 0, 3),
                        new ChangeCost.SlaLoad(8, 3, 0),
                        new ChangeCost.SlaLoad(24, 5, 7),
                        new ChangeCost.SlaLoad(null, 2, 0)),
                cost.firstResponse());
        assertEquals(
                List.of(
                        new ChangeCost.SlaLoad(8, 0, 3),
                        new ChangeCost.SlaLoad(24, 3, 0),
                        new ChangeCost.SlaLoad(72, 5, 7),
                        new ChangeCost.SlaLoad(null, 2, 0)),
                cost.resolution());
        assertEquals(
                List.of(
                        new ChangeCost.Cell("Silver", "Gold", 3),
                        new ChangeCost.Cell("Bronze", "Bronze", 5),
                        new ChangeCost.Cell(null, "Bronze", 2)),
                cost.migration());
    }
}
