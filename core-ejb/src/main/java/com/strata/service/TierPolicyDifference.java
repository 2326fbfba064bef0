package com.strata.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The entitlements as the audit trail keeps them before and after (it keeps only those that changed). */
    static Map<String, Object> fields(TierServicePolicyView policy) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("displayNameEn", policy.displayNameEn());
        fields.put("displayNameZh", policy.displayNameZh());
        fields.put("badgeColour", policy.badgeColour());
        fields.put("dedicatedManager", policy.dedicatedManager());
        fields.put("firstResponseHours", policy.firstResponseHours());
        fields.put("resolutionHours", policy.resolutionHours());
        fields.put("followUpDays", policy.followUpDays() == null ? "none" : policy.followUpDays());
        fields.put("discountPercent", policy.discountPercent().toPlainString());
        fields.put("serviceChannels", policy.serviceChannels());
        fields.put("owningRole", policy.owningRole());
        return fields;
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
