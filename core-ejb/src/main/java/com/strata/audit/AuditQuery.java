package com.strata.audit;

import static com.strata.refusal.ProblemCode.*;

import com.strata.refusal.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The audit page's filters: who (a username, exactly; {@code system} for scheduled jobs), action (exactly, e.g.
 * {@code USER_CREATED}), subject (from its start, e.g. {@code user } or {@code run 12}) and a period of days, both
 * ends included. Null or blank means no filter.
 */
public record AuditQuery(String actor, String action, String subject, LocalDate from, LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    public static final int MAX_FILTER = 200;

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action) == null ? null : action.trim().toUpperCase(Locale.ROOT);
        subject = blankToNull(subject);
    }

    /** Each filter that cannot be used, named. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        tooLong("actor", actor, problems);
        tooLong("action", action, problems);
        tooLong("subject", subject, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Problem.of("to", PERIOD_ORDER, from, to));
        }
        return problems;
    }

    private static void tooLong(String field, String value, List<Problem> problems) {
        if (value != null && value.length() > MAX_FILTER) {
            problems.add(Problem.of(field, AT_MOST_CHARACTERS_GOT, MAX_FILTER, value.length()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
