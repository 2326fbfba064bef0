package com.strata.demo;

/**
 * The base rate of repeat purchases per active year that makes the whole base average the requested number of
 * purchases per customer. Every customer makes a first purchase; repeats follow a Poisson process whose rate is this
 * base times the pattern's relative rate times a mean-one Gamma draw (so the counts are heavy-tailed, as BG/NBD
 * assumes). The mean exposure is estimated from a fixed sample of lifecycles, so it depends on the settings only.
 */
final class PurchaseRate {

    private static final int SAMPLE = 200_000;
    private static final long SAMPLE_SEED = 20_240_611L;

    private PurchaseRate() {}

    static double perYear(double purchasesPerCustomer, HistoryCalendar calendar) {
        DemoRandom random = new DemoRandom(SAMPLE_SEED);
        double exposure = 0;
        for (int i = 0; i < SAMPLE; i++) {
            exposure += Lifecycle.draw(random, calendar).relativeExposure();
        }
        return (purchasesPerCustomer - 1) / (exposure / SAMPLE);
    }
}
