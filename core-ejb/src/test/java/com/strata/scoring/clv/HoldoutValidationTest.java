package com.strata.scoring.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.ModelTimeUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HoldoutValidationTest {

    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    private static final GammaGammaParameters SPEND = new GammaGammaParameters(6.25, 3.74, 15.44);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final int HOLDOUT_WEEKS = 26;
    private static final LocalDate CALIBRATION_END = AS_OF.minusWeeks(HOLDOUT_WEEKS);

    /**
     * Given the calibration histories, customers' holdout purchase days are independent, so the total's error
     * (actual - predicted) has standard deviation sqrt(sum Var(Y_i | history)); the sum of squared per-customer
     * residuals estimates that sum, since the prediction is the conditional mean. Three standard deviations leave a
     * 0.3% chance of a false alarm from sampling alone: at 20,000 customers about 5% of the holdout total. The
     * estimated parameters' own error is small at this size and is covered by the same margin.
     */
    @Test
    void theHoldoutForecastOfABaseSimulatedFromKnownParametersIsWithinSamplingError() {
        DatedBase base = DatedBase.simulate(20_000, 42);

        HoldoutCheck check = new HoldoutValidation().check(base.histories(), ModelTimeUnit.WEEKS, HOLDOUT_WEEKS);

        HoldoutCheck.Comparison purchases = check.purchases().orElseThrow();
        double bound = 3 * Math.sqrt(base.squaredResiduals(check));
        assertTrue(
                Math.abs(purchases.predicted() - purchases.actual()) <= bound,
                "predicted " + purchases.predicted() + " against actual " + purchases.actual() + ", bound " + bound);
        assertEquals(base.holdoutPurchaseDaysOfCalibrationCustomers(), purchases.actual());
        assertTrue(purchases.correlation() > 0.3, "correlation " + purchases.correlation());
    }

    @Test
    void theTrackingChartSumsToTheBasesRepeatPurchaseDaysWeekByWeek() {
        DatedBase base = DatedBase.simulate(2_000, 7);

        HoldoutCheck check = new HoldoutValidation().check(base.histories(), ModelTimeUnit.WEEKS, HOLDOUT_WEEKS);

        List<HoldoutCheck.TrackingWeek> tracking = check.tracking();
        assertEquals(AS_OF, tracking.get(tracking.size() - 1).weekEnd());
        assertTrue(tracking.stream().anyMatch(w -> w.weekEnd().equals(CALIBRATION_END)));
        for (HoldoutCheck.TrackingWeek week : tracking) {
            assertEquals(
                    base.repeatPurchaseDaysUpTo(week.weekEnd()),
                    week.actual(),
                    week.weekEnd().toString());
        }
        assertEquals(
                base.repeatPurchaseDaysUpTo(AS_OF),
                tracking.get(tracking.size() - 1).actual());
    }

    @Test
    void theGroupsByCalibrationRepeatsHoldEveryCalibrationCustomerOnce() {
        DatedBase base = DatedBase.simulate(2_000, 11);

        HoldoutCheck check = new HoldoutValidation().check(base.histories(), ModelTimeUnit.WEEKS, HOLDOUT_WEEKS);

        int grouped = check.groups().stream()
                .mapToInt(HoldoutCheck.RepeatGroup::customers)
                .sum();
        assertEquals(check.purchases().orElseThrow().customers(), grouped);
        double actual = check.groups().stream()
                .mapToDouble(g -> g.meanActual() * g.customers())
                .sum();
        assertEquals(check.purchases().orElseThrow().actual(), actual, 1e-6);
        assertEquals(
                HoldoutCheck.TOP_GROUP,
                check.groups().get(check.groups().size() - 1).calibrationRepeats());
    }

    /**
     * About 4,500 of 20,000 customers buy in the holdout; their mean spend per purchase day varies by about half its
     * mean from buyer to buyer, so the mean over them has a standard error under 1%. 5% leaves room for the
     * estimated parameters.
     */
    @Test
    void theSpendForecastOfHoldoutBuyersIsCloseToWhatTheySpent() {
        DatedBase base = DatedBase.simulate(20_000, 42);

        HoldoutCheck check = new HoldoutValidation().check(base.histories(), ModelTimeUnit.WEEKS, HOLDOUT_WEEKS);

        HoldoutCheck.Comparison spend = check.spend().orElseThrow();
        assertTrue(Math.abs(spend.errorPercent()) < 5, "spend error " + spend.errorPercent() + "%");
        assertTrue(spend.correlation() > 0.3, "spend correlation " + spend.correlation());
    }

    /**
     * Customers simulated day by day from BG/NBD (rates per week) and Gamma-Gamma, first purchase days spread over
     * the 78 weeks before the calibration end, observed to the as-of date; two purchases on one day make one purchase
     * day.
     */
    private record DatedBase(List<long[]> purchaseDays, List<double[]> amounts) {

        static DatedBase simulate(int customers, long seed) {
            RandomVariates random = new RandomVariates(seed);
            List<long[]> days = new ArrayList<>();
            List<double[]> amounts = new ArrayList<>();
            long start = CALIBRATION_END.minusWeeks(78).toEpochDay();
            long end = AS_OF.toEpochDay();
            for (int i = 0; i < customers; i++) {
                long first = start + (long) (random.uniform() * (CALIBRATION_END.toEpochDay() - start));
                double lambda = random.gamma(CDNOW.r(), CDNOW.alpha());
                double dropout = random.beta(CDNOW.a(), CDNOW.b());
                double nu = random.gamma(SPEND.q(), SPEND.gamma());
                TreeMap<Long, Double> spent = new TreeMap<>();
                spent.put(first, random.gamma(SPEND.p(), nu));
                double t = 0;
                while (true) {
                    t += random.exponential(lambda);
                    if (t * 7 >= end - first + 1) {
                        break;
                    }
                    long day = first + (long) Math.floor(t * 7);
                    spent.merge(day, random.gamma(SPEND.p(), nu), Double::sum);
                    if (random.uniform() < dropout) {
                        break;
                    }
                }
                days.add(spent.keySet().stream().mapToLong(Long::longValue).toArray());
                amounts.add(
                        spent.values().stream().mapToDouble(Double::doubleValue).toArray());
            }
            return new DatedBase(days, amounts);
        }

        HoldoutHistories histories() {
            HoldoutHistories histories = new HoldoutHistories(CALIBRATION_END, AS_OF);
            long calibrationEnd = CALIBRATION_END.toEpochDay();
            TreeMap<Long, Integer> purchasers = new TreeMap<>();
            for (int i = 0; i < purchaseDays.size(); i++) {
                long[] days = purchaseDays.get(i);
                double[] spent = amounts.get(i);
                int repeats = 0;
                long last = days[0];
                double repeatAmount = 0;
                int holdoutDays = 0;
                double holdoutAmount = 0;
                for (int k = 0; k < days.length; k++) {
                    purchasers.merge(days[k], 1, Integer::sum);
                    if (days[k] > calibrationEnd) {
                        holdoutDays++;
                        holdoutAmount += spent[k];
                    } else if (k > 0) {
                        repeats++;
                        last = days[k];
                        repeatAmount += spent[k];
                    }
                }
                histories.customer(
                        LocalDate.ofEpochDay(days[0]),
                        repeats,
                        LocalDate.ofEpochDay(last),
                        repeatAmount,
                        holdoutDays,
                        holdoutAmount);
            }
            purchasers.forEach((day, count) -> histories.purchasers(LocalDate.ofEpochDay(day), count));
            return histories;
        }

        double holdoutPurchaseDaysOfCalibrationCustomers() {
            long calibrationEnd = CALIBRATION_END.toEpochDay();
            return purchaseDays.stream()
                    .mapToLong(days -> java.util.Arrays.stream(days)
                            .filter(d -> d > calibrationEnd)
                            .count())
                    .sum();
        }

        double repeatPurchaseDaysUpTo(LocalDate day) {
            long until = day.toEpochDay();
            return purchaseDays.stream()
                    .mapToLong(days -> java.util.Arrays.stream(days)
                            .skip(1)
                            .filter(d -> d <= until)
                            .count())
                    .sum();
        }

        /** Sum over customers of (actual - predicted holdout purchase days)^2, predicted with the check's own fit. */
        double squaredResiduals(HoldoutCheck check) {
            BgNbdParameters fitted = check.calibrationFit().parameters().orElseThrow();
            long calibrationEnd = CALIBRATION_END.toEpochDay();
            double holdout = HOLDOUT_WEEKS;
            double total = 0;
            for (long[] days : purchaseDays) {
                int x = 0;
                long last = days[0];
                int actual = 0;
                for (int k = 1; k < days.length; k++) {
                    if (days[k] > calibrationEnd) {
                        actual++;
                    } else {
                        x++;
                        last = days[k];
                    }
                }
                double predicted = fitted.conditionalExpectedPurchases(
                        holdout, x, (last - days[0]) / 7.0, (calibrationEnd - days[0]) / 7.0);
                total += (actual - predicted) * (actual - predicted);
            }
            return total;
        }
    }
}
