package com.strata.security;

import static com.strata.refusal.ProblemCode.AT_MOST_MONTHS_AHEAD;
import static com.strata.refusal.ProblemCode.MISSING;
import static com.strata.refusal.ProblemCode.MUST_BE_AT_MOST_CHARACTERS;
import static com.strata.refusal.ProblemCode.NOT_BEFORE_TODAY;
import static com.strata.refusal.ProblemCode.NOT_BLANK;

import com.strata.refusal.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a new API token may be: a name to recognise it by, and an expiry from today up to a year ahead. */
public final class TokenRules {

    public static final int MAX_MONTHS = 12;

    private TokenRules() {}

    public static List<Problem> check(String name, LocalDate expiresOn, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (name == null) {
            problems.add(Problem.of("name", MISSING));
        } else if (name.isBlank()) {
            problems.add(Problem.of("name", NOT_BLANK));
        } else if (name.strip().length() > ApiToken.MAX_NAME) {
            problems.add(Problem.of(
                    "name",
                    MUST_BE_AT_MOST_CHARACTERS,
                    ApiToken.MAX_NAME,
                    name.strip().length()));
        }
        LocalDate latest = today.plusMonths(MAX_MONTHS);
        if (expiresOn == null) {
            problems.add(Problem.of("expiresOn", MISSING));
        } else if (expiresOn.isBefore(today)) {
            problems.add(Problem.of("expiresOn", NOT_BEFORE_TODAY, today, expiresOn));
        } else if (expiresOn.isAfter(latest)) {
            problems.add(Problem.of("expiresOn", AT_MOST_MONTHS_AHEAD, MAX_MONTHS, latest, expiresOn));
        }
        return problems;
    }
}
