package com.strata.demo;

/** Company size bands as the customers file names them, with how much bigger their orders and contact lists are. */
enum SizeBand {
    MICRO(0.30, 0.5, 1, 1),
    SMALL(0.30, 1.0, 1, 2),
    MEDIUM(0.22, 3.0, 2, 3),
    LARGE(0.12, 8.0, 2, 4),
    ENTERPRISE(0.06, 20.0, 3, 5);

    private static final Weighted<SizeBand> MIX = new Weighted<>();

    static {
        for (SizeBand band : values()) {
            MIX.add(band, band.share);
        }
    }

    private final double share;
    private final double orderSizeFactor;
    private final int minContacts;
    private final int maxContacts;

    SizeBand(double share, double orderSizeFactor, int minContacts, int maxContacts) {
        this.share = share;
        this.orderSizeFactor = orderSizeFactor;
        this.minContacts = minContacts;
        this.maxContacts = maxContacts;
    }

    static SizeBand draw(DemoRandom random) {
        return MIX.pick(random);
    }

    double orderSizeFactor() {
        return orderSizeFactor;
    }

    int contacts(DemoRandom random) {
        return random.between(minContacts, maxContacts);
    }

    /** Large and enterprise companies are far more often state-owned. */
    boolean large() {
        return this == LARGE || this == ENTERPRISE;
    }
}
