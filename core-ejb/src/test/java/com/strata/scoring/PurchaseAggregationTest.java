package com.strata.scoring;

import static com.strata.scoring.Buyers.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.strata.policy.Window;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseAggregationTest {

    private static List<PurchaseLine> history() {
        List<PurchaseLine> lines = new ArrayList<>();
        lines.add(new PurchaseLine(AS_OF.minusDays(500), 100, 30));
        lines.add(new PurchaseLine(AS_OF.minusDays(500), 50, 15));
        lines.add(new PurchaseLine(AS_OF.minusDays(200), 80, 24));
        lines.add(new PurchaseLine(AS_OF.minusDays(20), 60, 18));
        lines.add(new PurchaseLine(AS_OF.minusDays(10), -20, -6));
        lines.add(new PurchaseLine(AS_OF.plusDays(3), 999, 300));
        return lines;
    }

    @Test
    void purchasesAfterTheAsOfDateAreIgnored() {
        PurchaseAggregation all = PurchaseAggregation.of(history(), AS_OF, Window.allHistory());

        assertEquals(AS_OF.minusDays(20), all.history().lastPurchaseDay());
        assertEquals(270.0, all.window().amount(), 1e-9);
    }

    @Test
    void theBgNbdFactsCountDistinctDaysAndSpendAfterTheFirstDay() {
        PurchaseHistory history =
                PurchaseAggregation.of(history(), AS_OF, Window.allHistory()).history();

        assertEquals(AS_OF.minusDays(500), history.firstPurchaseDay());
        assertEquals(3, history.purchaseDays());
        assertEquals(120.0, history.repeatAmount(), 1e-9, "80 + 60 - 20; the first day's 150 is excluded");
        assertEquals(81.0, history.margin(), 1e-9);
    }

    @Test
    void aRollingWindowOnlySeesItsMonthsWhileAllHistorySeesEverything() {
        WindowActivity rolling = PurchaseAggregation.of(history(), AS_OF, Window.rollingMonths(12))
                .window();
        WindowActivity all =
                PurchaseAggregation.of(history(), AS_OF, Window.allHistory()).window();

        assertEquals(new WindowActivity(2, 2, 120, 36), rolling);
        assertEquals(4, all.purchases());
        assertEquals(3, all.purchaseDays());
    }

    @Test
    void theTrendComparesTheWindowWithThePeriodBeforeIt() {
        SpendTrend trend = PurchaseAggregation.of(history(), AS_OF, Window.rollingMonths(12))
                .trend();

        assertEquals(new SpendTrend(120, 150), trend);
        assertEquals(-0.2, trend.growth(), 1e-12);
        assertEquals(0.2, trend.drop(), 1e-12);
    }

    @Test
    void aCustomerWithOnlyReturnsHasNotPurchased() {
        PurchaseAggregation onlyReturn = PurchaseAggregation.of(
                List.of(new PurchaseLine(AS_OF.minusDays(3), -10, -3)), AS_OF, Window.rollingMonths(12));

        assertEquals(0, onlyReturn.history().purchaseDays());
        assertNull(onlyReturn.history().firstPurchaseDay());
        assertEquals(new WindowActivity(0, 0, -10, -3), onlyReturn.window());
    }

    @Test
    void aFreeItemIsAPurchaseDay() {
        PurchaseAggregation freeOnly = PurchaseAggregation.of(
                List.of(new PurchaseLine(AS_OF.minusDays(40), 0, -4)), AS_OF, Window.rollingMonths(12));

        assertEquals(new PurchaseHistory(AS_OF.minusDays(40), AS_OF.minusDays(40), 1, 0, -4), freeOnly.history());
        assertEquals(new WindowActivity(1, 1, 0, -4), freeOnly.window());
    }

    @Test
    void aFreeFirstOrderStartsTheHistorySoLaterPaidDaysAreRepeats() {
        PurchaseHistory history = PurchaseAggregation.of(
                        List.of(
                                new PurchaseLine(AS_OF.minusDays(300), 0, -2),
                                new PurchaseLine(AS_OF.minusDays(100), 50, 15),
                                new PurchaseLine(AS_OF.minusDays(30), 70, 21)),
                        AS_OF,
                        Window.allHistory())
                .history();

        assertEquals(AS_OF.minusDays(300), history.firstPurchaseDay());
        assertEquals(3, history.purchaseDays());
        assertEquals(120.0, history.repeatAmount(), 1e-9);
    }

    @Test
    void aDayWithAFreeItemAndAReturnIsAPurchaseDayAndTheReturnStillReducesTheAmounts() {
        List<PurchaseLine> lines = List.of(
                new PurchaseLine(AS_OF.minusDays(500), 100, 30),
                new PurchaseLine(AS_OF.minusDays(60), 0, -3),
                new PurchaseLine(AS_OF.minusDays(60), -40, -12));

        PurchaseAggregation aggregation = PurchaseAggregation.of(lines, AS_OF, Window.rollingMonths(12));

        assertEquals(new PurchaseHistory(AS_OF.minusDays(500), AS_OF.minusDays(60), 2, -40, 15), aggregation.history());
        assertEquals(new WindowActivity(1, 1, -40, -15), aggregation.window(), "the free item counts, the return not");
    }
}
