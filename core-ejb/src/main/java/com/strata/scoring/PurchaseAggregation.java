package com.strata.scoring;

import com.strata.policy.Window;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

/**
 * Aggregates raw purchase lines the way a batch job's SQL must, for tests and small imports: lines after the as-of
 * date are ignored; a purchase line has an amount of zero or more (a free item is a purchase) and a purchase day has
 * at least one; returns (negative amounts) are not purchases but reduce amounts on whatever day they fall.
 */
record PurchaseAggregation(PurchaseHistory history, WindowActivity window, SpendTrend trend) {

    static PurchaseAggregation of(List<PurchaseLine> lines, LocalDate asOf, Window rfmWindow) {
        TreeMap<LocalDate, Boolean> days = new TreeMap<>();
        double margin = 0;
        for (PurchaseLine line : lines) {
            if (!line.day().isAfter(asOf)) {
                margin += line.margin();
                if (isPurchase(line)) {
                    days.put(line.day(), Boolean.TRUE);
                }
            }
        }
        LocalDate recentStart = asOf.minusMonths(rfmWindow.trendMonths());
        LocalDate previousStart = recentStart.minusMonths(rfmWindow.trendMonths());
        LocalDate first = days.isEmpty() ? null : days.firstKey();
        double repeatAmount = 0;
        int windowPurchases = 0;
        double windowAmount = 0;
        double windowMargin = 0;
        TreeMap<LocalDate, Boolean> windowDays = new TreeMap<>();
        double recent = 0;
        double previous = 0;
        for (PurchaseLine line : lines) {
            LocalDate day = line.day();
            if (day.isAfter(asOf)) {
                continue;
            }
            if (first != null && day.isAfter(first)) {
                repeatAmount += line.amount();
            }
            if (rfmWindow.contains(day, asOf)) {
                windowAmount += line.amount();
                windowMargin += line.margin();
                if (isPurchase(line)) {
                    windowPurchases++;
                    windowDays.put(day, Boolean.TRUE);
                }
            }
            if (day.isAfter(recentStart)) {
                recent += line.amount();
            } else if (day.isAfter(previousStart)) {
                previous += line.amount();
            }
        }
        PurchaseHistory history = first == null
                ? new PurchaseHistory(null, null, 0, 0, margin)
                : new PurchaseHistory(first, days.lastKey(), days.size(), repeatAmount, margin);
        return new PurchaseAggregation(
                history,
                new WindowActivity(windowPurchases, windowDays.size(), windowAmount, windowMargin),
                new SpendTrend(recent, previous));
    }

    /** Zero is a purchase (a free item, a sample, a fully discounted order); only a return is negative. */
    private static boolean isPurchase(PurchaseLine line) {
        return line.amount() >= 0;
    }
}
