package com.strata.scoring;

import static com.strata.scoring.Buyers.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(-10.0, onlyReturn.window().amount());
    }
}
