package com.strata.demo;

/**
 * When a customer was first seen and the last day they may buy, by their buying pattern; days are numbers of the
 * {@link HistoryCalendar}, so nothing falls after the as-of date.
 */
record Lifecycle(BuyingPattern pattern, int firstSeenDay, int lastActiveDay) {

    private static final int NEWCOMER_DAYS = 90;
    private static final int MIN_TENURE_DAYS = 120;
    private static final int CHURN_QUIET_DAYS = 90;

    static Lifecycle draw(DemoRandom random, HistoryCalendar calendar) {
        BuyingPattern pattern = BuyingPattern.draw(random);
        int asOf = calendar.asOfDay();
        return switch (pattern) {
            case NEWCOMER -> new Lifecycle(pattern, random.between(asOf - NEWCOMER_DAYS, asOf), asOf);
            case ONE_OFF -> {
                int day = random.between(0, asOf);
                yield new Lifecycle(pattern, day, day);
            }
            case CHURNED -> {
                int first = random.between(0, asOf - CHURN_QUIET_DAYS - MIN_TENURE_DAYS);
                yield new Lifecycle(pattern, first, random.between(first + 30, asOf - CHURN_QUIET_DAYS));
            }
            case LOYAL, REGULAR -> new Lifecycle(pattern, random.between(0, asOf - MIN_TENURE_DAYS), asOf);
        };
    }

    double activeYears() {
        return (lastActiveDay - firstSeenDay) / 365.25;
    }

    /** Expected repeat purchases at a base rate of one a year, before the customer's own rate; see PurchaseRate. */
    double relativeExposure() {
        return pattern.relativeRate() * activeYears();
    }
}
