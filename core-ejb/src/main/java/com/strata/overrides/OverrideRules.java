package com.strata.overrides;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request may hold. Each problem is a sentence that starts with the field it is about and names the value
 * found, so a page can show it beside the field and the API can list it.
 */
public final class OverrideRules {

    /** An override expires at most this many months after the day it is requested. */
    public static final int MAX_MONTHS = 12;

    public static final int TEXT_LENGTH = 1000;

    private OverrideRules() {}

    /** Every problem of the request on {@code today}; empty when it may be stored. */
    public static List<String> problems(OverrideRequest request, LocalDate today, List<String> tiers) {
        List<String> problems = new ArrayList<>();
        if (request.tier() == null || request.tier().isBlank()) {
            problems.add("tier: choose one of " + String.join(", ", tiers));
        } else if (!tiers.contains(request.tier())) {
            problems.add("tier: must be one of " + String.join(", ", tiers) + ", found \"" + request.tier() + "\"");
        }
        if (request.reasonCategory() == null) {
            problems.add("reasonCategory: choose one of " + List.of(ReasonCategory.values()));
        }
        text("reasonText", request.reasonText(), true, problems);
        LocalDate latest = today.plusMonths(MAX_MONTHS);
        if (request.startsOn() == null) {
            problems.add("startsOn: is missing");
        } else if (request.startsOn().isBefore(today)) {
            problems.add("startsOn: must be today (" + today + ") or later, found " + request.startsOn());
        } else if (request.startsOn().isAfter(latest)) {
            problems.add("startsOn: must be at most " + MAX_MONTHS + " months ahead (" + latest
                    + " at the latest), found " + request.startsOn());
        }
        if (request.expiresOn() == null) {
            problems.add("expiresOn: is missing");
        } else if (request.expiresOn().isAfter(latest)) {
            problems.add("expiresOn: must be at most " + MAX_MONTHS + " months ahead (" + latest
                    + " at the latest), found " + request.expiresOn());
        } else if (request.startsOn() != null && request.expiresOn().isBefore(request.startsOn())) {
            problems.add("expiresOn: must be on or after the start date " + request.startsOn() + ", found "
                    + request.expiresOn());
        }
        return problems;
    }

    /** A decision's or an ending's comment: required for a rejection, never longer than the column. */
    public static List<String> commentProblems(String comment, boolean required) {
        List<String> problems = new ArrayList<>();
        text("comment", comment, required, problems);
        return problems;
    }

    private static void text(String field, String value, boolean required, List<String> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field + ": is missing");
            }
        } else if (value.length() > TEXT_LENGTH) {
            problems.add(field + ": must be at most " + TEXT_LENGTH + " characters, found " + value.length());
        }
    }
}
