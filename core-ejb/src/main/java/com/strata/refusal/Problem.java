package com.strata.refusal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One problem of a request: the field it is about, what is wrong (a code), and the values that say it (the value
 * found, the limit broken). A null argument is a value that was not given.
 */
public record Problem(String field, ProblemCode code, List<Object> arguments) implements Serializable {

    /** How {@link #english()} writes a value that was not given. */
    public static final String NOTHING = "nothing";

    public Problem {
        // An unmodifiable copy that still holds nulls: a missing value is an argument too.
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Problem of(String field, ProblemCode code, Object... arguments) {
        return new Problem(field, code, Arrays.asList(arguments));
    }

    /** The sentence the REST API answers: {@code field: what is wrong, got X}. */
    public String english() {
        return field + ": " + fill(code.english(), arguments, NOTHING);
    }

    /** Each problem's English sentence, in order. */
    public static List<String> sentences(List<Problem> problems) {
        return problems.stream().map(Problem::english).toList();
    }

    /**
     * The pattern with each {@code {n}} replaced by the n-th argument as written by {@link String#valueOf(Object)}, or
     * {@code nothing} for a null one. Numbers stay as the request had them (no grouping of thousands, whatever the
     * language).
     */
    public static String fill(String pattern, List<Object> arguments, String nothing) {
        String text = pattern;
        for (int i = 0; i < arguments.size(); i++) {
            Object argument = arguments.get(i);
            text = text.replace("{" + i + "}", argument == null ? nothing : String.valueOf(argument));
        }
        return text;
    }
}
