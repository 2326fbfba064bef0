package com.strata.overrides;

import static com.strata.refusal.ProblemCode.*;

import com.strata.refusal.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request may hold. Each problem names the field it is about and the value
 * found, so a page can show it beside the field and the API can list it.
 */
public final class OverrideRules {

    /** An override expires at most this many months after the day it is requested. */
    public static final int MAX_MONTHS = 12;

    public static final int TEXT_LENGTH = 1000;

    private OverrideRules() {}

    /** Every problem of the request on {@code today}; empty when it may be stored. */
    public static List<Problem> problems(OverrideRequest request, LocalDate today, List<String> tiers) {
        List<Problem> problems = new ArrayList<>();
        if (request.tier() == null || request.tier().isBlank()) {
            problems.add(Problem.of("tier", CHOOSE_ONE_OF, String.join(", ", tiers)));
        } else if (!tiers.contains(request.tier())) {
            problems.add(Problem.of("tier", ONE_OF_FOUND, String.join(", ", tiers), request.tier()));
        }
        if (request.reasonCategory() == null) {
            problems.add(Problem.of("reasonCategory", CHOOSE_ONE_OF, List.of(ReasonCategory.values())));
        }
        text("reasonText", request.reasonText(), true, problems);
        LocalDate latest = today.plusMonths(MAX_MONTHS);
        if (request.startsOn() == null) {
            problems.add(Problem.of("startsOn", MISSING));
        } else if (request.startsOn().isBefore(today)) {
            problems.add(Problem.of("startsOn", NOT_BEFORE_TODAY, today, request.startsOn()));
        } else if (request.startsOn().isAfter(latest)) {
            problems.add(Problem.of("startsOn", AT_MOST_MONTHS_AHEAD, MAX_MONTHS, latest, request.startsOn()));
        }
        if (request.expiresOn() == null) {
            problems.add(Problem.of("expiresOn", MISSING));
        } else if (request.expiresOn().isAfter(latest)) {
            problems.add(Problem.of("expiresOn", AT_MOST_MONTHS_AHEAD, MAX_MONTHS, latest, request.expiresOn()));
        } else if (request.startsOn() != null && request.expiresOn().isBefore(request.startsOn())) {
            problems.add(Problem.of("expiresOn", NOT_BEFORE_START, request.startsOn(), request.expiresOn()));
        }
        return problems;
    }

    /** A decision's or an ending's comment: required for a rejection, never longer than the column. */
    public static List<Problem> commentProblems(String comment, boolean required) {
        List<Problem> problems = new ArrayList<>();
        text("comment", comment, required, problems);
        return problems;
    }

    private static void text(String field, String value, boolean required, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Problem.of(field, MISSING));
            }
        } else if (value.length() > TEXT_LENGTH) {
            problems.add(Problem.of(field, MUST_BE_AT_MOST_CHARACTERS, TEXT_LENGTH, value.length()));
        }
    }
}
