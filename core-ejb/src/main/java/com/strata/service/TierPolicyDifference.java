package com.strata.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The audit's words for a policy change: each entitlement that changed, as {@code field: old → new}. */
final class TierPolicyDifference {

    private TierPolicyDifference() {}

    static String describe(TierServicePolicyView before, TierServicePolicyView after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "displayNameEn", TierServicePolicyView::displayNameEn, before, after);
        compare(changes, "displayNameZh", TierServicePolicyView::displayNameZh, before, after);
        compare(changes, "badgeColour", TierServicePolicyView::badgeColour, before, after);
        compare(changes, "dedicatedManager", TierServicePolicyView::dedicatedManager, before, after);
        compare(changes, "firstResponseHours", TierServicePolicyView::firstResponseHours, before, after);
        compare(changes, "resolutionHours", TierServicePolicyView::resolutionHours, before, after);
        compare(changes, "followUpDays", v -> v.followUpDays() == null ? "none" : v.followUpDays(), before, after);
        compare(changes, "discountPercent", v -> v.discountPercent().toPlainString(), before, after);
        compare(changes, "serviceChannels", TierServicePolicyView::serviceChannels, before, after);
        compare(changes, "owningRole", TierServicePolicyView::owningRole, before, after);
        return changes.isEmpty() ? "no entitlement changed" : String.join("; ", changes);
    }

    private static void compare(
            List<String> changes,
            String field,
            Function<TierServicePolicyView, Object> value,
            TierServicePolicyView before,
            TierServicePolicyView after) {
        Object old = value.apply(before);
        Object now = value.apply(after);
        if (!Objects.equals(old, now)) {
            changes.add(field + ": " + old + " → " + now);
        }
    }
}
