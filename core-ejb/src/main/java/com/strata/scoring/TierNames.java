package com.strata.scoring;

import java.util.Map;

/** Simplified Chinese names of the default tiers; other tier names are shown as they are. */
final class TierNames {

    private static final Map<String, String> CHINESE =
            Map.of("Diamond", "钻石", "Platinum", "白金", "Gold", "黄金", "Silver", "白银", "Bronze", "青铜");

    private TierNames() {}

    static String chinese(String tier) {
        return CHINESE.getOrDefault(tier, tier);
    }
}
