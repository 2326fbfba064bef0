package com.strata.scoring.clv;

import java.util.Arrays;

/**
 * What BG/NBD needs from each customer, compacted for repeated likelihood evaluation: x (repeat purchase days),
 * t_x (time of the last purchase since the first) and T (time from the first purchase to the as-of date), in the
 * model's time unit.
 *
 * <p>Times are stored as indices into one table of distinct time values, so a likelihood evaluation takes one
 * logarithm per distinct time rather than per customer. Customers without repeat purchases contribute
 * {@code r ln(alpha / (alpha + T))} and are kept only as a weight per distinct T.
 */
public final class RepeatPurchaseData {

    private final double[] times;
    private final double[] zeroRepeatWeight;
    private final double[] customerWeight;
    private final int[] repeats;
    private final int[] recencyIndex;
    private final int[] ageIndex;
    private final int maxRepeats;
    private final double[] repeatCustomersByX;
    private final double totalWeight;
    private final double totalRepeats;

    private RepeatPurchaseData(
            double[] times,
            double[] zeroRepeatWeight,
            double[] customerWeight,
            int[] repeats,
            int[] recencyIndex,
            int[] ageIndex) {
        this.times = times;
        this.zeroRepeatWeight = zeroRepeatWeight;
        this.customerWeight = customerWeight;
        this.repeats = repeats;
        this.recencyIndex = recencyIndex;
        this.ageIndex = ageIndex;
        this.maxRepeats = Arrays.stream(repeats).max().orElse(0);
        this.repeatCustomersByX = new double[maxRepeats + 1];
        for (int x : repeats) {
            repeatCustomersByX[x]++;
        }
        this.totalWeight = Arrays.stream(customerWeight).sum();
        this.totalRepeats = Arrays.stream(repeats).asLongStream().sum();
    }

    /**
     * From whole-day figures, the natural form of aggregates over purchase dates: the time table is simply every day
     * from 0 to the largest T, divided by the unit's length in days.
     */
    public static RepeatPurchaseData fromDays(int[] x, int[] recencyDays, int[] ageDays, double daysPerUnit) {
        checkLengths(x, recencyDays.length, ageDays.length);
        int maxDay = 0;
        int repeatCustomers = 0;
        for (int i = 0; i < x.length; i++) {
            checkCustomer(i, x[i], recencyDays[i], ageDays[i]);
            maxDay = Math.max(maxDay, ageDays[i]);
            if (x[i] > 0) {
                repeatCustomers++;
            }
        }
        double[] times = new double[maxDay + 1];
        for (int d = 0; d <= maxDay; d++) {
            times[d] = d / daysPerUnit;
        }
        double[] zeroWeight = new double[maxDay + 1];
        double[] weight = new double[maxDay + 1];
        int[] repeats = new int[repeatCustomers];
        int[] recency = new int[repeatCustomers];
        int[] age = new int[repeatCustomers];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            weight[ageDays[i]]++;
            if (x[i] == 0) {
                zeroWeight[ageDays[i]]++;
            } else {
                repeats[k] = x[i];
                recency[k] = recencyDays[i];
                age[k] = ageDays[i];
                k++;
            }
        }
        return new RepeatPurchaseData(times, zeroWeight, weight, repeats, recency, age);
    }

    /** From arbitrary non-negative times already in the model's unit (as simulations produce them). */
    public static RepeatPurchaseData fromTimes(int[] x, double[] recency, double[] age) {
        checkLengths(x, recency.length, age.length);
        double[] all = new double[2 * x.length];
        for (int i = 0; i < x.length; i++) {
            checkCustomer(i, x[i], recency[i], age[i]);
            all[2 * i] = recency[i];
            all[2 * i + 1] = age[i];
        }
        Arrays.sort(all);
        double[] times = Arrays.stream(all).distinct().toArray();
        double[] zeroWeight = new double[times.length];
        double[] weight = new double[times.length];
        int repeatCustomers = (int) Arrays.stream(x).filter(v -> v > 0).count();
        int[] repeats = new int[repeatCustomers];
        int[] recencyIndex = new int[repeatCustomers];
        int[] ageIndex = new int[repeatCustomers];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            int a = Arrays.binarySearch(times, age[i]);
            weight[a]++;
            if (x[i] == 0) {
                zeroWeight[a]++;
            } else {
                repeats[k] = x[i];
                recencyIndex[k] = Arrays.binarySearch(times, recency[i]);
                ageIndex[k] = a;
                k++;
            }
        }
        return new RepeatPurchaseData(times, zeroWeight, weight, repeats, recencyIndex, ageIndex);
    }

    /**
     * Every {@code stride}-th repeat customer, with the one-purchase customers' weights divided by {@code stride}:
     * a cheap approximation of the whole base, used only to find a good starting point for the full fit.
     */
    RepeatPurchaseData sample(int stride) {
        int size = (repeats.length + stride - 1) / stride;
        int[] r = new int[size];
        int[] rec = new int[size];
        int[] age = new int[size];
        double[] weight = new double[times.length];
        double[] zeroWeight = new double[times.length];
        for (int k = 0; k < size; k++) {
            r[k] = repeats[k * stride];
            rec[k] = recencyIndex[k * stride];
            age[k] = ageIndex[k * stride];
            weight[age[k]]++;
        }
        for (int j = 0; j < times.length; j++) {
            zeroWeight[j] = zeroRepeatWeight[j] / stride;
            weight[j] += zeroWeight[j];
        }
        return new RepeatPurchaseData(times, zeroWeight, weight, r, rec, age);
    }

    /** Number (or weight) of customers. */
    public double customers() {
        return totalWeight;
    }

    public int repeatCustomers() {
        return repeats.length;
    }

    /** Sum of x over the customers: the repeat purchase days actually observed. */
    public double observedRepeats() {
        return totalRepeats;
    }

    double[] times() {
        return times;
    }

    double[] zeroRepeatWeight() {
        return zeroRepeatWeight;
    }

    double[] customerWeight() {
        return customerWeight;
    }

    int[] repeats() {
        return repeats;
    }

    int[] recencyIndex() {
        return recencyIndex;
    }

    int[] ageIndex() {
        return ageIndex;
    }

    int maxRepeats() {
        return maxRepeats;
    }

    /** How many repeat customers have each x, so per-x terms are summed once per x. */
    double[] repeatCustomersByX() {
        return repeatCustomersByX;
    }

    /** Total model time observed, the sum of T: with the repeats it gives the base's raw purchase rate. */
    double totalAge() {
        double sum = 0;
        for (int j = 0; j < times.length; j++) {
            sum += customerWeight[j] * times[j];
        }
        return sum;
    }

    private static void checkLengths(int[] x, int recencyLength, int ageLength) {
        if (recencyLength != x.length || ageLength != x.length) {
            throw new IllegalArgumentException("x, t_x and T need one entry per customer; got lengths " + x.length
                    + ", " + recencyLength + ", " + ageLength);
        }
    }

    private static void checkCustomer(int i, int x, double recency, double age) {
        if (x < 0 || !(recency >= 0) || !(age >= recency) || (x == 0 && recency != 0) || (x > 0 && !(recency > 0))) {
            throw new IllegalArgumentException("customer " + i + ": need x >= 0, 0 <= t_x <= T, t_x = 0 exactly when "
                    + "x = 0; got x = " + x + ", t_x = " + recency + ", T = " + age);
        }
    }
}
