package com.strata.scoring.clv;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What the holdout check needs of a base, split at the calibration end: per customer who bought on or before the
 * as-of date, the first purchase day, the repeat purchase days, the last purchase day and the net repeat amount up to
 * the calibration end, and the purchase days and net amount after it; and per day, how many customers made a
 * purchase that day. A purchase day is a day with a line of amount >= 0; returns only reduce amounts.
 */
public final class HoldoutHistories {

    private final LocalDate calibrationEnd;
    private final LocalDate asOf;
    private int size;
    private long[] firstDay = new long[1024];
    private int[] calibrationRepeats = new int[1024];
    private long[] calibrationLastDay = new long[1024];
    private double[] calibrationRepeatAmount = new double[1024];
    private int[] holdoutDays = new int[1024];
    private double[] holdoutAmount = new double[1024];
    private final Map<Long, Integer> purchasersPerDay = new HashMap<>();

    public HoldoutHistories(LocalDate calibrationEnd, LocalDate asOf) {
        if (!calibrationEnd.isBefore(asOf)) {
            throw new IllegalArgumentException(
                    "the calibration end " + calibrationEnd + " must come before the as-of date " + asOf);
        }
        this.calibrationEnd = calibrationEnd;
        this.asOf = asOf;
    }

    /**
     * One customer. For a customer whose first purchase falls after the calibration end, the calibration figures are
     * zero and the last calibration day is the first day.
     */
    public void customer(
            LocalDate first,
            int repeatsInCalibration,
            LocalDate lastInCalibration,
            double repeatAmountInCalibration,
            int purchaseDaysInHoldout,
            double amountInHoldout) {
        if (first.isAfter(asOf)) {
            throw new IllegalArgumentException("first purchase " + first + " lies after the as-of date " + asOf);
        }
        if (size == firstDay.length) {
            int grown = size * 2;
            firstDay = Arrays.copyOf(firstDay, grown);
            calibrationRepeats = Arrays.copyOf(calibrationRepeats, grown);
            calibrationLastDay = Arrays.copyOf(calibrationLastDay, grown);
            calibrationRepeatAmount = Arrays.copyOf(calibrationRepeatAmount, grown);
            holdoutDays = Arrays.copyOf(holdoutDays, grown);
            holdoutAmount = Arrays.copyOf(holdoutAmount, grown);
        }
        firstDay[size] = first.toEpochDay();
        calibrationRepeats[size] = repeatsInCalibration;
        calibrationLastDay[size] = lastInCalibration.toEpochDay();
        calibrationRepeatAmount[size] = repeatAmountInCalibration;
        holdoutDays[size] = purchaseDaysInHoldout;
        holdoutAmount[size] = amountInHoldout;
        size++;
    }

    /** How many customers made a purchase on {@code day}. */
    public void purchasers(LocalDate day, int customers) {
        if (day.isAfter(asOf)) {
            throw new IllegalArgumentException("purchase day " + day + " lies after the as-of date " + asOf);
        }
        purchasersPerDay.merge(day.toEpochDay(), customers, Integer::sum);
    }

    public LocalDate calibrationEnd() {
        return calibrationEnd;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** One customer's figures as given. */
    public record Customer(
            LocalDate first,
            int repeatsInCalibration,
            LocalDate lastInCalibration,
            double repeatAmountInCalibration,
            int purchaseDaysInHoldout,
            double amountInHoldout) {}

    public int size() {
        return size;
    }

    public Customer customer(int i) {
        return new Customer(
                LocalDate.ofEpochDay(firstDay[i]),
                calibrationRepeats[i],
                LocalDate.ofEpochDay(calibrationLastDay[i]),
                calibrationRepeatAmount[i],
                holdoutDays[i],
                holdoutAmount[i]);
    }

    /** How many customers made a purchase on {@code day}. */
    public int purchasersOn(LocalDate day) {
        return purchasers(day.toEpochDay());
    }

    long firstDay(int i) {
        return firstDay[i];
    }

    boolean inCalibration(int i) {
        return firstDay[i] <= calibrationEnd.toEpochDay();
    }

    int calibrationRepeats(int i) {
        return calibrationRepeats[i];
    }

    int calibrationRecencyDays(int i) {
        return (int) (calibrationLastDay[i] - firstDay[i]);
    }

    double calibrationRepeatAmount(int i) {
        return calibrationRepeatAmount[i];
    }

    int holdoutDays(int i) {
        return holdoutDays[i];
    }

    double holdoutAmount(int i) {
        return holdoutAmount[i];
    }

    /** Customers who made a purchase on the epoch day. */
    int purchasers(long epochDay) {
        return purchasersPerDay.getOrDefault(epochDay, 0);
    }
}
