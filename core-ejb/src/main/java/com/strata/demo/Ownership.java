package com.strata.demo;

/** Who owns a company customer, as the customers file names it. */
enum Ownership {
    STATE_OWNED,
    PRIVATE,
    FOREIGN,
    OTHER;

    /** State ownership follows the industry and the company's size. */
    static Ownership draw(DemoRandom random, Industry industry, SizeBand size) {
        double stateOwned = Math.min(0.9, industry.stateOwnedShare() * size.stateOwnershipFactor());
        double roll = random.nextDouble();
        if (roll < stateOwned) {
            return STATE_OWNED;
        }
        double rest = (roll - stateOwned) / (1.0 - stateOwned);
        return rest < 0.78 ? PRIVATE : rest < 0.92 ? FOREIGN : OTHER;
    }
}
