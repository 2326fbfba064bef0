package com.strata.demo;

import com.strata.customer.Ownership;
import com.strata.customer.SizeBand;

/** Who owns a demo company: state ownership follows the industry and the company's size. */
final class Ownerships {

    private Ownerships() {}

    static Ownership draw(DemoRandom random, Industry industry, SizeBand size) {
        double stateOwned = Math.min(0.9, industry.stateOwnedShare() * CompanySizes.stateOwnershipFactor(size));
        double roll = random.nextDouble();
        if (roll < stateOwned) {
            return Ownership.STATE_OWNED;
        }
        double rest = (roll - stateOwned) / (1.0 - stateOwned);
        return rest < 0.78 ? Ownership.PRIVATE : rest < 0.92 ? Ownership.FOREIGN : Ownership.OTHER;
    }
}
