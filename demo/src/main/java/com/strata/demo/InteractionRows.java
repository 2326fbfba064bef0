package com.strata.demo;

import java.io.IOException;

/**
 * Writes one customer's interactions: tickets and surveys shortly after purchases, campaign responses on the
 * seasonal calendar, referrals mostly from loyal customers, and complaints, which come about four times as often
 * from customers who go on to stop buying and cluster in the months before they stop. CSAT and NPS follow the
 * customer's satisfaction.
 */
final class InteractionRows {

    static final String[] HEADER = {"ref", "customer_code", "type", "interaction_date", "csat", "nps", "text"};

    /** Customers still answer surveys and call service for a while after their last purchase. */
    private static final int AFTERCARE_DAYS = 60;

    private static final int CHURN_COMPLAINT_LEAD_DAYS = 120;

    private final HistoryCalendar calendar;
    private final Seasonality seasonality;
    private final long customers;

    InteractionRows(HistoryCalendar calendar, Seasonality seasonality, long customers) {
        this.calendar = calendar;
        this.seasonality = seasonality;
        this.customers = customers;
    }

    /** Writes the rows and returns how many. */
    int write(CustomerProfile customer, int[] purchaseDays, DemoRandom random, CsvRowWriter out) throws IOException {
        Row row = new Row(customer, out);
        Lifecycle lifecycle = customer.lifecycle();
        int first = lifecycle.firstSeenDay();
        int end = calendar.clamp(lifecycle.lastActiveDay() + AFTERCARE_DAYS);
        double years = (end - first) / 365.25;
        double satisfaction = customer.satisfaction();
        boolean loyal = lifecycle.pattern() == BuyingPattern.LOYAL;

        for (int n = random.poisson(0.1 * purchaseDays.length + 0.05); n > 0; n--) {
            int day = afterPurchase(random, purchaseDays, 0, 20);
            Integer csat = random.chance(0.5) ? csat(random, satisfaction) : null;
            row.write("TICKET", day, csat, null, InteractionTexts.ticket(random));
        }
        double complaints = (0.08 + 0.12 * years) * (1.5 - satisfaction) * (customer.churned() ? 4 : 1);
        for (int n = random.poisson(complaints); n > 0; n--) {
            int day = customer.churned()
                    ? random.between(
                            Math.max(first, lifecycle.lastActiveDay() - CHURN_COMPLAINT_LEAD_DAYS),
                            calendar.clamp(lifecycle.lastActiveDay() + 20))
                    : random.between(first, end);
            row.write("COMPLAINT", day, null, null, InteractionTexts.complaint(random));
        }
        for (int n = random.poisson(0.5 * years * (loyal ? 1.6 : 1.0)); n > 0; n--) {
            int day = seasonality.sample(random, first, end);
            row.write("CAMPAIGN_RESPONSE", day, null, null, InteractionTexts.campaign(random, calendar.date(day)));
        }
        for (int n = random.poisson((loyal ? 0.6 : 0.06) * years); n > 0 && customers > 1; n--) {
            long referred = random.nextLong() >>> 1;
            String code = "C" + CustomerProfiles.number(referred % customers);
            row.write("REFERRAL", random.between(first, end), null, null, InteractionTexts.referral(random, code));
        }
        for (int n = random.poisson(0.07 * purchaseDays.length + 0.05); n > 0; n--) {
            int day = afterPurchase(random, purchaseDays, 1, 14);
            int csat = csat(random, satisfaction);
            Integer answered = random.chance(0.8) ? csat : null;
            row.write("SURVEY", day, answered, nps(random, satisfaction), InteractionTexts.survey(csat));
        }
        return row.count;
    }

    private int afterPurchase(DemoRandom random, int[] purchaseDays, int minDelay, int maxDelay) {
        return calendar.clamp(purchaseDays[random.nextInt(purchaseDays.length)] + random.between(minDelay, maxDelay));
    }

    private static int csat(DemoRandom random, double satisfaction) {
        return (int) Math.min(5, Math.max(1, Math.round(1 + 4 * satisfaction + 0.7 * random.gaussian())));
    }

    private static int nps(DemoRandom random, double satisfaction) {
        return (int) Math.min(10, Math.max(0, Math.round(10 * satisfaction + 1.5 * random.gaussian())));
    }

    /** One customer's interaction rows, numbered in the order they are written. */
    private final class Row {

        private final String prefix;
        private final String code;
        private final CsvRowWriter out;
        private int count;

        Row(CustomerProfile customer, CsvRowWriter out) {
            this.prefix = "IX-" + customer.number() + "-";
            this.code = customer.code();
            this.out = out;
        }

        void write(String type, int day, Integer csat, Integer nps, String text) throws IOException {
            count++;
            out.reference(prefix, count).text(code).text(type).text(calendar.iso(day));
            optional(csat);
            optional(nps);
            out.text(text).endRow();
        }

        private void optional(Integer value) throws IOException {
            if (value == null) {
                out.empty();
            } else {
                out.integer(value);
            }
        }
    }
}
