package com.strata.scoring;

import com.strata.policy.ClassificationPolicy;
import com.strata.policy.FrequencyMeasure;
import com.strata.policy.MonetaryMeasure;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The base as primitive columns, one slot per customer in input order: validated once, then read by every step
 * without touching the summary objects again.
 */
final class CustomerColumns {

    final int size;
    final List<CustomerSummary> customers;
    final boolean[] purchased;
    /** Days since the last purchase; only meaningful where {@code purchased}. */
    final int[] recencyDays;

    final double[] frequency;
    final double[] monetary;
    final double[] windowRevenue;
    final double[] windowMargin;
    /** BG/NBD x: purchase days after the first. */
    final int[] repeats;
    /** BG/NBD t_x in days: first to last purchase day. */
    final int[] spanDays;
    /** BG/NBD T in days: first purchase day to the as-of date. */
    final int[] ageDays;

    final double[] repeatMeanSpend;
    final double[] historicalClv;
    final int[] tenureDays;
    final double[] referrals;
    final double[] csat;
    final double[] nps;
    final double[] complaints;
    final double[] engagements;

    private CustomerColumns(List<CustomerSummary> customers) {
        this.customers = customers;
        this.size = customers.size();
        purchased = new boolean[size];
        recencyDays = new int[size];
        frequency = new double[size];
        monetary = new double[size];
        windowRevenue = new double[size];
        windowMargin = new double[size];
        repeats = new int[size];
        spanDays = new int[size];
        ageDays = new int[size];
        repeatMeanSpend = new double[size];
        historicalClv = new double[size];
        tenureDays = new int[size];
        referrals = new double[size];
        csat = new double[size];
        nps = new double[size];
        complaints = new double[size];
        engagements = new double[size];
    }

    /** Validates in input order first, so a base with several bad summaries always reports the same one. */
    static CustomerColumns of(List<CustomerSummary> customers, ClassificationPolicy policy, LocalDate asOf) {
        CustomerColumns columns = new CustomerColumns(List.copyOf(customers));
        for (CustomerSummary customer : columns.customers) {
            SummaryValidation.check(customer, asOf);
        }
        IntStream.range(0, columns.size).parallel().forEach(i -> columns.fill(i, policy, asOf));
        return columns;
    }

    private void fill(int i, ClassificationPolicy policy, LocalDate asOf) {
        CustomerSummary customer = customers.get(i);
        PurchaseHistory history = customer.history();
        WindowActivity window = customer.window();
        purchased[i] = history.hasPurchased();
        if (purchased[i]) {
            recencyDays[i] = days(history.lastPurchaseDay(), asOf);
            repeats[i] = history.purchaseDays() - 1;
            spanDays[i] = days(history.firstPurchaseDay(), history.lastPurchaseDay());
            ageDays[i] = days(history.firstPurchaseDay(), asOf);
            repeatMeanSpend[i] = repeats[i] > 0 ? history.repeatAmount() / repeats[i] : 0;
        }
        frequency[i] = policy.frequency() == FrequencyMeasure.PURCHASES ? window.purchases() : window.purchaseDays();
        monetary[i] = policy.monetary() == MonetaryMeasure.SUM
                ? window.amount()
                : window.purchases() > 0 ? window.amount() / window.purchases() : 0;
        windowRevenue[i] = window.amount();
        windowMargin[i] = window.margin();
        historicalClv[i] = history.margin();
        LocalDate since = customer.customerSince() != null ? customer.customerSince() : history.firstPurchaseDay();
        tenureDays[i] = since == null ? 0 : Math.max(0, days(since, asOf));
        RelationshipSignals signals = customer.relationship();
        referrals[i] = signals.referrals();
        csat[i] = signals.csat();
        nps[i] = signals.nps();
        complaints[i] = signals.complaints();
        engagements[i] = signals.engagements();
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }
}
