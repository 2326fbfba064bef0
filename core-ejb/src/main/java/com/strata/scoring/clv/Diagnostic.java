package com.strata.scoring.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One fact a run reports about its models: what happened ({@link DiagnosticCode}) and the figures the sentence needs,
 * rendered in English or Simplified Chinese when it is shown rather than when it is found.
 */
public record Diagnostic(DiagnosticCode code, List<Double> figures) {

    /** A figure may be null: a stored run keeps no NaN or infinity. */
    public Diagnostic {
        figures = Collections.unmodifiableList(new ArrayList<>(figures));
        if (!fits(code, figures)) {
            throw new IllegalArgumentException(code + " needs " + code.figures() + " figures, got " + figures);
        }
    }

    /** Whether {@code figures} are as many as {@code code}'s sentences need. */
    public static boolean fits(DiagnosticCode code, List<Double> figures) {
        return figures.size() == code.figures();
    }

    public static Diagnostic of(DiagnosticCode code, double... figures) {
        return new Diagnostic(code, Arrays.stream(figures).boxed().toList());
    }

    public String english() {
        return code.english(figures);
    }

    public String chinese() {
        return code.chinese(figures);
    }

    /** Chinese for a Chinese locale, English otherwise. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chinese() : english();
    }
}
