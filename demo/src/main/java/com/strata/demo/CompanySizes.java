package com.strata.demo;

import com.strata.customer.SizeBand;
import java.util.EnumMap;
import java.util.Map;

/**
 * How company size bands differ in the demo base: how common each band is, how much bigger their orders and contact
 * lists are and how much likelier state ownership is (a micro business is rarely state-owned, an enterprise often).
 */
final class CompanySizes {

    private record Traits(
            double share, double orderSizeFactor, double stateOwnershipFactor, int minContacts, int maxContacts) {}

    private static final Map<SizeBand, Traits> TRAITS = new EnumMap<>(SizeBand.class);
    private static final Weighted<SizeBand> MIX = new Weighted<>();

    static {
        for (SizeBand band : SizeBand.values()) {
            Traits traits = traits(band);
            TRAITS.put(band, traits);
            MIX.add(band, traits.share());
        }
    }

    private CompanySizes() {}

    /** Every band of the customers file has its traits here; a new band fails compilation until it has them. */
    private static Traits traits(SizeBand band) {
        return switch (band) {
            case MICRO -> new Traits(0.30, 0.6, 0.2, 1, 1);
            case SMALL -> new Traits(0.30, 1.0, 0.5, 1, 2);
            case MEDIUM -> new Traits(0.22, 1.6, 1.0, 2, 3);
            case LARGE -> new Traits(0.12, 2.5, 2.0, 2, 4);
            case ENTERPRISE -> new Traits(0.06, 4.0, 2.5, 3, 5);
        };
    }

    static SizeBand draw(DemoRandom random) {
        return MIX.pick(random);
    }

    static double orderSizeFactor(SizeBand band) {
        return TRAITS.get(band).orderSizeFactor();
    }

    static int contacts(SizeBand band, DemoRandom random) {
        Traits traits = TRAITS.get(band);
        return random.between(traits.minContacts(), traits.maxContacts());
    }

    /** How much more often than the industry's average a company of this size is state-owned. */
    static double stateOwnershipFactor(SizeBand band) {
        return TRAITS.get(band).stateOwnershipFactor();
    }
}
