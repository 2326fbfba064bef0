package com.strata.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Rejects a summary that cannot be true, naming the customer, the field and what to fix. */
final class SummaryValidation {

    private SummaryValidation() {}

    static void check(CustomerSummary customer, LocalDate asOf) {
        PurchaseHistory history = customer.history();
        String who = "customer " + customer.code() + ": ";
        if (history.purchaseDays() < 0) {
            throw new IllegalArgumentException(who + "purchaseDays is " + history.purchaseDays() + "; it counts days");
        }
        if (history.hasPurchased()) {
            LocalDate first = history.firstPurchaseDay();
            LocalDate last = history.lastPurchaseDay();
            if (first == null || last == null) {
                throw new IllegalArgumentException(who + history.purchaseDays()
                        + " purchase days but no first or last purchase day; give both dates");
            }
            if (last.isAfter(asOf)) {
                throw new IllegalArgumentException(who + "last purchase day " + last + " is after the as-of date "
                        + asOf + "; aggregate only purchases up to the as-of date");
            }
            if (first.isAfter(last)) {
                throw new IllegalArgumentException(
                        who + "first purchase day " + first + " is after the last purchase day " + last);
            }
            long span = ChronoUnit.DAYS.between(first, last);
            if (history.purchaseDays() - 1 > span || (history.purchaseDays() > 1) != (span > 0)) {
                throw new IllegalArgumentException(who + history.purchaseDays() + " distinct purchase days cannot fit "
                        + "between " + first + " and " + last + "; count distinct days, not purchase lines");
            }
        } else if (history.firstPurchaseDay() != null || history.lastPurchaseDay() != null) {
            throw new IllegalArgumentException(who + "purchase dates are given but purchaseDays is 0");
        }
        WindowActivity window = customer.window();
        if (window.purchases() < 0 || window.purchaseDays() < 0 || window.purchaseDays() > window.purchases()) {
            throw new IllegalArgumentException(who + "window has " + window.purchases() + " purchases on "
                    + window.purchaseDays() + " days; need 0 <= days <= purchases");
        }
        if (window.purchaseDays() > history.purchaseDays()) {
            throw new IllegalArgumentException(who + "window has " + window.purchaseDays()
                    + " purchase days but the whole history only " + history.purchaseDays());
        }
        RelationshipSignals signals = customer.relationship();
        if (!Double.isNaN(signals.csat()) && !(signals.csat() >= 1 && signals.csat() <= 5)) {
            throw new IllegalArgumentException(who + "CSAT " + signals.csat() + " is outside 1-5; use NaN for none");
        }
        if (!Double.isNaN(signals.nps()) && !(signals.nps() >= 0 && signals.nps() <= 10)) {
            throw new IllegalArgumentException(who + "NPS " + signals.nps() + " is outside 0-10; use NaN for none");
        }
        if (signals.referrals() < 0
                || signals.complaints() < 0
                || signals.openComplaints() < 0
                || signals.engagements() < 0) {
            throw new IllegalArgumentException(who + "referrals, complaints and engagements are counts, none below 0");
        }
        for (double amount : new double[] {
            history.repeatAmount(),
            history.margin(),
            window.amount(),
            window.margin(),
            customer.trend().recent(),
            customer.trend().previous()
        }) {
            if (!Double.isFinite(amount)) {
                throw new IllegalArgumentException(who + "an amount is " + amount + "; amounts must be finite numbers");
            }
        }
        if (customer.customerSince() != null && customer.customerSince().isAfter(asOf)) {
            throw new IllegalArgumentException(
                    who + "customerSince " + customer.customerSince() + " is after the as-of date " + asOf);
        }
    }
}
