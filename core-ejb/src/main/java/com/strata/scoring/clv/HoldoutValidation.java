package com.strata.scoring.clv;

import com.strata.policy.ModelTimeUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the holdout check on a base: fits BG/NBD and Gamma-Gamma on the calibration period only, forecasts each
 * calibration customer's purchase days over the holdout (E[Y(t) | x, t_x, T], the same forecast the scores use) and
 * compares with what happened. The tracking chart's expectation is the unconditional E[X(t)] of every customer since
 * their own first purchase day, summed per week.
 */
public final class HoldoutValidation {

    private static final int DAYS_PER_WEEK = 7;

    public HoldoutCheck check(HoldoutHistories base, ModelTimeUnit unit, int holdoutWeeks) {
        double daysPerUnit = unit.days();
        long calibrationEnd = base.calibrationEnd().toEpochDay();
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            if (base.inCalibration(i)) {
                members.add(i);
            }
        }
        int[] x = new int[members.size()];
        int[] recency = new int[members.size()];
        int[] age = new int[members.size()];
        for (int k = 0; k < x.length; k++) {
            int i = members.get(k);
            x[k] = base.calibrationRepeats(i);
            recency[k] = x[k] == 0 ? 0 : base.calibrationRecencyDays(i);
            age[k] = (int) (calibrationEnd - base.firstDay(i));
        }
        BgNbdFit fit = new BgNbdFitter().fit(RepeatPurchaseData.fromDays(x, recency, age, daysPerUnit), unit);
        if (fit.parameters().isEmpty()) {
            return new HoldoutCheck(
                    base.calibrationEnd(),
                    base.asOf(),
                    holdoutWeeks,
                    fit,
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }
        BgNbdParameters parameters = fit.parameters().get();
        double holdout = (base.asOf().toEpochDay() - calibrationEnd) / daysPerUnit;
        ConditionalForecast forecast = new ConditionalForecast(parameters, new double[] {holdout});
        double[] out = new double[1];
        double[] predicted = new double[x.length];
        double[] actual = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            forecast.expectedPurchases(x[k], recency[k] / daysPerUnit, age[k] / daysPerUnit, out);
            predicted[k] = out[0];
            actual[k] = base.holdoutDays(members.get(k));
        }
        SpendCheck spend = spend(base, members, x);
        return new HoldoutCheck(
                base.calibrationEnd(),
                base.asOf(),
                holdoutWeeks,
                fit,
                tracking(base, parameters, daysPerUnit),
                groups(x, predicted, actual),
                Optional.of(new HoldoutCheck.Comparison(
                        x.length, sum(predicted), sum(actual), correlation(predicted, actual))),
                spend.comparison(),
                spend.problem());
    }

    /**
     * Weeks end on the as-of date and step back seven days at a time, so the calibration end, a whole number of weeks
     * before it, is a week end too.
     */
    private static List<HoldoutCheck.TrackingWeek> tracking(
            HoldoutHistories base, BgNbdParameters parameters, double daysPerUnit) {
        long origin = base.asOf().toEpochDay();
        for (int i = 0; i < base.size(); i++) {
            origin = Math.min(origin, base.firstDay(i));
        }
        int last = (int) (base.asOf().toEpochDay() - origin);
        int[] firsts = new int[last + 1];
        for (int i = 0; i < base.size(); i++) {
            firsts[(int) (base.firstDay(i) - origin)]++;
        }
        double[] expectedSince = new double[last + 1];
        for (int d = 1; d <= last; d++) {
            expectedSince[d] = parameters.expectedPurchases(d / daysPerUnit);
        }
        int weeks = last / DAYS_PER_WEEK + 1;
        List<HoldoutCheck.TrackingWeek> tracking = new ArrayList<>(weeks);
        double actual = 0;
        int next = 0;
        for (int w = weeks - 1; w >= 0; w--) {
            int weekEnd = last - w * DAYS_PER_WEEK;
            for (; next <= weekEnd; next++) {
                actual += base.purchasers(origin + next) - firsts[next];
            }
            double expected = 0;
            for (int first = 0; first < weekEnd; first++) {
                expected += firsts[first] * expectedSince[weekEnd - first];
            }
            tracking.add(new HoldoutCheck.TrackingWeek(LocalDate.ofEpochDay(origin + weekEnd), actual, expected));
        }
        return tracking;
    }

    private static List<HoldoutCheck.RepeatGroup> groups(int[] x, double[] predicted, double[] actual) {
        int[] customers = new int[HoldoutCheck.TOP_GROUP + 1];
        double[] predictedSum = new double[customers.length];
        double[] actualSum = new double[customers.length];
        for (int k = 0; k < x.length; k++) {
            int group = Math.min(x[k], HoldoutCheck.TOP_GROUP);
            customers[group]++;
            predictedSum[group] += predicted[k];
            actualSum[group] += actual[k];
        }
        List<HoldoutCheck.RepeatGroup> groups = new ArrayList<>();
        for (int g = 0; g < customers.length; g++) {
            if (customers[g] > 0) {
                groups.add(new HoldoutCheck.RepeatGroup(
                        g, customers[g], predictedSum[g] / customers[g], actualSum[g] / customers[g]));
            }
        }
        return groups;
    }

    private record SpendCheck(Optional<HoldoutCheck.Comparison> comparison, Optional<Diagnostic> problem) {}

    /**
     * Gamma-Gamma fitted on the calibration repeat spend; each holdout buyer's expected spend per purchase day given
     * their calibration spend, against their mean net amount per holdout purchase day.
     */
    private static SpendCheck spend(HoldoutHistories base, List<Integer> members, int[] x) {
        int spenders = 0;
        for (int k = 0; k < x.length; k++) {
            if (x[k] > 0 && base.calibrationRepeatAmount(members.get(k)) > 0) {
                spenders++;
            }
        }
        int[] spendX = new int[spenders];
        double[] spendMean = new double[spenders];
        int s = 0;
        for (int k = 0; k < x.length; k++) {
            double amount = base.calibrationRepeatAmount(members.get(k));
            if (x[k] > 0 && amount > 0) {
                spendX[s] = x[k];
                spendMean[s] = amount / x[k];
                s++;
            }
        }
        GammaGammaFit fit = new GammaGammaFitter().fit(new SpendData(spendX, spendMean));
        if (fit.parameters().isEmpty()) {
            return new SpendCheck(Optional.empty(), fit.problem());
        }
        GammaGammaParameters parameters = fit.parameters().get();
        List<double[]> pairs = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            int i = members.get(k);
            if (base.holdoutDays(i) == 0) {
                continue;
            }
            double amount = base.calibrationRepeatAmount(i);
            double expected = x[k] > 0 && amount > 0
                    ? parameters.conditionalExpectedSpend(x[k], amount / x[k])
                    : parameters.populationMeanSpend();
            if (Double.isFinite(expected)) {
                pairs.add(new double[] {expected, base.holdoutAmount(i) / base.holdoutDays(i)});
            }
        }
        if (pairs.isEmpty()) {
            return new SpendCheck(
                    Optional.empty(), Optional.of(Diagnostic.of(DiagnosticCode.HOLDOUT_NO_SPEND_FORECAST)));
        }
        double[] predicted = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] observed = pairs.stream().mapToDouble(p -> p[1]).toArray();
        return new SpendCheck(
                Optional.of(new HoldoutCheck.Comparison(
                        pairs.size(),
                        sum(predicted) / pairs.size(),
                        sum(observed) / pairs.size(),
                        correlation(predicted, observed))),
                fit.problem());
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    /** Pearson's correlation; NaN when either side does not vary. */
    static double correlation(double[] a, double[] b) {
        int n = a.length;
        double meanA = sum(a) / n;
        double meanB = sum(b) / n;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - meanA;
            double db = b[i] - meanB;
            ab += da * db;
            aa += da * da;
            bb += db * db;
        }
        return aa == 0 || bb == 0 ? Double.NaN : ab / Math.sqrt(aa * bb);
    }
}
