package com.strata.bench;

import com.strata.scoring.CustomerSummary;
import com.strata.scoring.PurchaseHistory;
import com.strata.scoring.RelationshipSignals;
import com.strata.scoring.SpendTrend;
import com.strata.scoring.WindowActivity;
import com.strata.tiering.TierHistory;
import com.strata.tiering.TierOverride;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

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
        SplittableRandom random = new SplittableRandom(seed);
        Variates variates = new Variates(random);
        List<CustomerSummary> base = new ArrayList<>(customers);
        LocalDate windowStart = asOf.minusMonths(12);
        LocalDate previousStart = windowStart.minusMonths(12);
        int windowStartAge = (int) (asOf.toEpochDay() - windowStart.toEpochDay());
        int previousStartAge = (int) (asOf.toEpochDay() - previousStart.toEpochDay());
        for (int c = 0; c < customers; c++) {
            int firstAge = random.nextInt(HISTORY_DAYS + 1);
            double dailyRate = variates.gamma(0.6, 5) / 7;
            double dropout = variates.beta(0.8, 4);
            double nu = variates.gamma(4, 30);
            int purchaseDays = 1;
            int lastAge = firstAge;
            double firstAmount = variates.gamma(5, nu);
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
                t += variates.exponential(dailyRate);
                int age = firstAge - (int) t;
                if (age < 0) {
                    break;
                }
                if (age == lastAge) {
                    continue;
                }
                double amount = variates.gamma(5, nu);
                if (random.nextDouble() < 0.03) {
                    amount -= 0.4 * amount * random.nextDouble();
                }
                purchaseDays++;
                lastAge = age;
                repeatAmount += amount;
                margin += 0.3 * amount;
                if (age < windowStartAge) {
                    int lines = 1 + (random.nextDouble() < 0.2 ? 1 : 0);
                    windowLines += lines;
                    windowDays++;
                    windowAmount += amount;
                    recent += amount;
                } else if (age < previousStartAge) {
                    previous += amount;
                }
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
            LocalDate first = asOf.minusDays(firstAge);
            CustomerSummary.Builder summary = CustomerSummary.builder("C" + c)
                    .customerSince(first.minusDays(random.nextInt(60)))
                    .history(new PurchaseHistory(first, asOf.minusDays(lastAge), purchaseDays, repeatAmount, margin))
                    .window(new WindowActivity(windowLines, windowDays, windowAmount, 0.3 * windowAmount))
                    .trend(new SpendTrend(recent, previous))
                    .relationship(new RelationshipSignals(
                            random.nextDouble() < 0.1 ? 1 + random.nextInt(3) : 0,
                            random.nextDouble() < 0.4 ? 1 + random.nextInt(5) : Double.NaN,
                            random.nextDouble() < 0.3 ? random.nextInt(11) : Double.NaN,
                            random.nextDouble() < 0.08 ? 1 + random.nextInt(2) : 0,
                            random.nextDouble() < 0.02 ? 1 : 0,
                            random.nextInt(6)));
            if (random.nextDouble() < 0.8) {
                summary.tierHistory(new TierHistory(TIERS[random.nextInt(TIERS.length)], random.nextInt(2)));
            }
            if (random.nextDouble() < 0.001) {
                summary.override(new TierOverride(TIERS[random.nextInt(3)], asOf.plusDays(random.nextInt(61) - 30),
                        "key account", "supervisor"));
            }
            base.add(summary.build());
        }
        return base;
    }

    /** Gamma, beta and exponential draws (Marsaglia and Tsang for the gamma). */
    private record Variates(SplittableRandom random) {

        double gamma(double shape, double rate) {
            if (shape < 1) {
                return gamma(shape + 1, rate) * Math.pow(1 - random.nextDouble(), 1 / shape);
            }
            double d = shape - 1.0 / 3;
            double c = 1 / Math.sqrt(9 * d);
            while (true) {
                double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
                double v = 1 + c * z;
                if (v <= 0) {
                    continue;
                }
                v = v * v * v;
                if (Math.log(1 - random.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                    return d * v / rate;
                }
            }
        }

        double beta(double a, double b) {
            double x = gamma(a, 1);
            return x / (x + gamma(b, 1));
        }

        double exponential(double rate) {
            return -Math.log(1 - random.nextDouble()) / rate;
        }
    }
}
