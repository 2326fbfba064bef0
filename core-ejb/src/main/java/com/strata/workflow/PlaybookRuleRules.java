package com.strata.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a playbook rule may hold; each problem names the field and the value it is about. */
public final class PlaybookRuleRules {

    /** The most days a task may be given: a year. */
    public static final int MAX_DUE_DAYS = 365;

    private PlaybookRuleRules() {}

    /**
     * The problems of {@code change}, empty when there are none. {@code tiers} are the tiers of the ladder,
     * {@code owners} the active users who may own tasks (account managers and supervisors).
     */
    public static List<String> problems(PlaybookRuleChange change, Set<String> tiers, Set<String> owners) {
        List<String> problems = new ArrayList<>();
        if (change.trigger() == null) {
            problems.add("trigger: is missing");
        }
        String tier = blankToNull(change.tier());
        if (tier != null && !tiers.contains(tier)) {
            problems.add("tier: \"" + tier + "\" is not a tier of the ladder " + tiers);
        } else if (tier == null && change.trigger() != null && change.trigger().needsTier()) {
            problems.add("tier: is missing; the trigger " + change.trigger() + " needs the tier entered");
        }
        title(problems, "titleEn", change.titleEn());
        title(problems, "titleZh", change.titleZh());
        if (change.dueDays() < 0 || change.dueDays() > MAX_DUE_DAYS) {
            problems.add("dueDays: must be from 0 to " + MAX_DUE_DAYS + ", found " + change.dueDays());
        }
        String fallback = blankToNull(change.fallbackOwner());
        if (fallback != null && !owners.contains(fallback)) {
            problems.add("fallbackOwner: \"" + fallback + "\" is not an active account manager or supervisor");
        }
        return problems;
    }

    private static void title(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": is missing");
        } else if (value.strip().length() > PlaybookRule.TITLE_LENGTH) {
            problems.add(field + ": at most " + PlaybookRule.TITLE_LENGTH + " characters, found "
                    + value.strip().length());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
