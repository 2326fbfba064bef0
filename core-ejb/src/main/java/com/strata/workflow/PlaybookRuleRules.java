package com.strata.workflow;

import static com.strata.refusal.ProblemCode.*;

import com.strata.refusal.Problem;
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
    public static List<Problem> problems(PlaybookRuleChange change, Set<String> tiers, Set<String> owners) {
        List<Problem> problems = new ArrayList<>();
        if (change.trigger() == null) {
            problems.add(Problem.of("trigger", MISSING));
        }
        String tier = blankToNull(change.tier());
        if (tier != null && !tiers.contains(tier)) {
            problems.add(Problem.of("tier", NOT_A_TIER, tier, tiers));
        } else if (tier == null && change.trigger() != null && change.trigger().needsTier()) {
            problems.add(Problem.of("tier", TIER_NEEDED, change.trigger()));
        }
        title(problems, "titleEn", change.titleEn());
        title(problems, "titleZh", change.titleZh());
        if (change.dueDays() < 0 || change.dueDays() > MAX_DUE_DAYS) {
            problems.add(Problem.of("dueDays", DAYS_FROM_ZERO_TO, MAX_DUE_DAYS, change.dueDays()));
        }
        String fallback = blankToNull(change.fallbackOwner());
        if (fallback != null && !owners.contains(fallback)) {
            problems.add(Problem.of("fallbackOwner", NOT_AN_OWNER, fallback));
        }
        return problems;
    }

    private static void title(List<Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(field, MISSING));
        } else if (value.strip().length() > PlaybookRule.TITLE_LENGTH) {
            problems.add(Problem.of(
                    field,
                    AT_MOST_CHARACTERS_FOUND,
                    PlaybookRule.TITLE_LENGTH,
                    value.strip().length()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
