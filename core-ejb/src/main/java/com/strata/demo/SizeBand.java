package com.strata.demo;

/**
 * Company size bands as the customers file names them, with how much bigger their orders and contact lists are and
 * how much likelier state ownership is (a micro business is rarely state-owned, an enterprise often).
 */
enum SizeBand {
    MICRO(0.30, 0.6, 0.2, 1, 1),
    SMALL(0.30, 1.0, 0.5, 1, 2),
    MEDIUM(0.22, 1.6, 1.0, 2, 3),
    LARGE(0.12, 2.5, 2.0, 2, 4),
    ENTERPRISE(0.06, 4.0, 2.5, 3, 5);

    private static final Weighted<SizeBand> MIX = new Weighted<>();

    static {
        for (SizeBand band : values()) {
            MIX.add(band, band.share);
        }
    }

    private final double share;
    private final double orderSizeFactor;
    private final double stateOwnershipFactor;
    private final int minContacts;
    private final int maxContacts;

    SizeBand(double share, double orderSizeFactor, double stateOwnershipFactor, int minContacts, int maxContacts) {
        this.share = share;
        this.orderSizeFactor = orderSizeFactor;
        this.stateOwnershipFactor = stateOwnershipFactor;
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

    /** How much more often than the industry's average a company of this size is state-owned. */
    double stateOwnershipFactor() {
        return stateOwnershipFactor;
    }
}
