package com.strata.scoring;

import com.strata.scoring.clv.RandomVariates;
import com.strata.tiering.TierHistory;
import com.strata.tiering.TierOverride;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeded synthetic customer summaries shaped like a retail base, drawn from the models the engine fits: first
 * purchases spread over three years, weekly purchase rates gamma(0.6, 5), drop-out after each purchase beta(0.8, 4),
 * spend per purchase day gamma(5, nu) with nu gamma(4, 30) (mean 50), margin 30%, about 3% of purchase days followed
 * by a partial return, plus relationship signals, previous tiers and a few overrides. Purchase times are simulated
 * in days, so several purchases on one day merge into one purchase day as in real data.
 */
public final class SyntheticBase {

    private static final String[] TIERS = {"Diamond", "Platinum", "Gold", "Silver", "Bronze"};
    private static final int HISTORY_DAYS = 3 * 365;

    private SyntheticBase() {}

    public static List<CustomerSummary> draw(int customers, LocalDate asOf, long seed) {
        RandomVariates random = new RandomVariates(seed);
        List<CustomerSummary> base = new ArrayList<>(customers);
        LocalDate windowStart = asOf.minusMonths(12);
        LocalDate previousStart = windowStart.minusMonths(12);
        int windowStartAge = (int) (asOf.toEpochDay() - windowStart.toEpochDay());
        int previousStartAge = (int) (asOf.toEpochDay() - previousStart.toEpochDay());
        for (int c = 0; c < customers; c++) {
            int firstAge = random.below(HISTORY_DAYS + 1);
            double dailyRate = random.gamma(0.6, 5) / 7;
            double dropout = random.beta(0.8, 4);
            double nu = random.gamma(4, 30);
            int purchaseDays = 1;
            int lastAge = firstAge;
            double firstAmount = random.gamma(5, nu);
            double repeatAmount = 0;
            double margin = 0.3 * firstAmount;
            int windowLines = 0;
            int windowDays = 0;
            double windowAmount = 0;
            double recent = 0;
            double previous = 0;
            if (firstAge < windowStartAge) {
                windowLines++;
                windowDays++;
                windowAmount += firstAmount;
                recent += firstAmount;
            } else if (firstAge < previousStartAge) {
                previous += firstAmount;
            }
            double t = 0;
            while (true) {
                t += random.exponential(dailyRate);
                int age = firstAge - (int) t;
                if (age < 0) {
                    break;
                }
                if (age == lastAge) {
                    continue;
                }
                double amount = random.gamma(5, nu);
                if (random.uniform() < 0.03) {
                    amount -= 0.4 * amount * random.uniform();
                }
                purchaseDays++;
                lastAge = age;
                repeatAmount += amount;
                margin += 0.3 * amount;
                if (age < windowStartAge) {
                    int lines = 1 + (random.uniform() < 0.2 ? 1 : 0);
                    windowLines += lines;
                    windowDays++;
                    windowAmount += amount;
                    recent += amount;
                } else if (age < previousStartAge) {
                    previous += amount;
                }
                if (random.uniform() < dropout) {
                    break;
                }
            }
            LocalDate first = asOf.minusDays(firstAge);
            CustomerSummary.Builder summary = CustomerSummary.builder("C" + c)
                    .customerSince(first.minusDays(random.below(60)))
                    .history(new PurchaseHistory(first, asOf.minusDays(lastAge), purchaseDays, repeatAmount, margin))
                    .window(new WindowActivity(windowLines, windowDays, windowAmount, 0.3 * windowAmount))
                    .trend(new SpendTrend(recent, previous))
                    .relationship(new RelationshipSignals(
                            random.uniform() < 0.1 ? 1 + random.below(3) : 0,
                            random.uniform() < 0.4 ? 1 + random.below(5) : Double.NaN,
                            random.uniform() < 0.3 ? random.below(11) : Double.NaN,
                            random.uniform() < 0.08 ? 1 + random.below(2) : 0,
                            random.uniform() < 0.02 ? 1 : 0,
                            random.below(6)));
            if (random.uniform() < 0.8) {
                summary.tierHistory(new TierHistory(TIERS[random.below(TIERS.length)], random.below(2)));
            }
            if (random.uniform() < 0.001) {
                summary.override(new TierOverride(
                        TIERS[random.below(3)], asOf.plusDays(random.below(61) - 30), "key account", "supervisor"));
            }
            base.add(summary.build());
        }
        return base;
    }
}
