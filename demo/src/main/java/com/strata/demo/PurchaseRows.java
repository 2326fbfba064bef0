package com.strata.demo;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Writes one customer's purchases: a first purchase on the day they were first seen, then repeats on seasonal days
 * up to their last active day. Order values are log-normal around the customer's median (so spend is heavy-tailed
 * across the base), a few rows are returns of the previous order (negative amounts) or free items (zero amount,
 * the gift's cost as a negative margin), and most go through the customer's usual category and channel.
 */
final class PurchaseRows {

    static final String[] HEADER = {
        "order_ref", "customer_code", "purchase_date", "amount", "margin", "category", "channel"
    };

    private static final int MAX_REPEATS = 5_000;
    private static final long MAX_CENTS = 300_000_000L;
    private static final double ORDER_SPREAD = 0.6;
    private static final double RETURN_SHARE = 0.03;
    private static final double FREE_ITEM_SHARE = 0.012;
    private static final double NO_MARGIN_SHARE = 0.02;
    private static final double USUAL_CATEGORY_SHARE = 0.75;
    private static final double USUAL_CHANNEL_SHARE = 0.85;

    private final Seasonality seasonality;
    private final HistoryCalendar calendar;

    PurchaseRows(HistoryCalendar calendar, Seasonality seasonality) {
        this.calendar = calendar;
        this.seasonality = seasonality;
    }

    /** Writes the rows and returns the purchase days in order, for interactions that follow purchases. */
    int[] write(CustomerProfile customer, DemoRandom random, CsvRowWriter out) throws IOException {
        int[] days = days(customer, random);
        String prefix = "SO-" + customer.number() + "-";
        String code = customer.code();
        List<Category> categories = customer.company() ? Category.BUSINESS : Category.CONSUMER;
        long previousAmount = 0;
        long previousMargin = 0;
        Category category = customer.favourite();
        String channel = customer.usualChannel();
        for (int i = 0; i < days.length; i++) {
            long amount;
            long margin;
            if (i > 0 && previousAmount > 0 && random.chance(RETURN_SHARE)) {
                double returned = 0.3 + 0.7 * random.nextDouble();
                amount = -Math.round(previousAmount * returned);
                margin = -Math.round(previousMargin * returned);
                previousAmount = 0;
            } else {
                category = random.chance(USUAL_CATEGORY_SHARE) ? customer.favourite() : random.pick(categories);
                channel = random.chance(USUAL_CHANNEL_SHARE)
                        ? customer.usualChannel()
                        : Channels.sales(random, customer.company());
                if (random.chance(FREE_ITEM_SHARE)) {
                    amount = 0;
                    margin = -random.between(200, 3_000);
                } else {
                    double value = random.logNormal(customer.medianOrder() * category.priceFactor(), ORDER_SPREAD);
                    amount = Math.max(1, Math.min(MAX_CENTS, Math.round(value * 100)));
                    double rate = Math.min(0.85, Math.max(-0.15, category.marginRate() + 0.06 * random.gaussian()));
                    margin = Math.round(amount * rate);
                }
                previousAmount = amount;
                previousMargin = margin;
            }
            out.reference(prefix, i + 1).text(code).text(calendar.iso(days[i])).cents(amount);
            if (random.chance(NO_MARGIN_SHARE)) {
                out.empty();
            } else {
                out.cents(margin);
            }
            out.text(category.name()).text(channel).endRow();
        }
        return days;
    }

    private int[] days(CustomerProfile customer, DemoRandom random) {
        Lifecycle lifecycle = customer.lifecycle();
        int repeats = Math.min(MAX_REPEATS, random.poisson(customer.repeatRate() * lifecycle.activeYears()));
        int[] days = new int[1 + repeats];
        days[0] = lifecycle.firstSeenDay();
        for (int i = 1; i < days.length; i++) {
            days[i] = seasonality.sample(random, lifecycle.firstSeenDay(), lifecycle.lastActiveDay());
        }
        Arrays.sort(days);
        return days;
    }
}
