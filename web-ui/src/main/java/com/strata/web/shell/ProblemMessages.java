package com.strata.web.shell;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Says a refusal's problems in the reader's language: each problem's code has a {@code problem.<CODE>} pattern in the
 * message bundle, and the field is named by the page's own label for it ({@code <labelPrefix><field>}) where the page
 * has one. The patterns are filled the way {@link Problem#english()} fills its own, so a value reads the same in every
 * language.
 */
public final class ProblemMessages {

    private ProblemMessages() {}

    /** Every problem of {@code refused} for the current page; a refusal without coded problems by its own words. */
    public static List<String> of(Refusal refused, String labelPrefix) {
        if (refused.problems().isEmpty()) {
            return refused.details().isEmpty() ? List.of(refused.getMessage()) : refused.details();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return refused.problems().stream()
                .map(problem -> render(problem, bundle, labelPrefix))
                .toList();
    }

    /** One problem as {@code label: what is wrong} in the bundle's language. */
    public static String render(Problem problem, ResourceBundle bundle, String labelPrefix) {
        String labelKey = labelPrefix + problem.field();
        String label = bundle.containsKey(labelKey) ? bundle.getString(labelKey) : problem.field();
        String what = Problem.fill(
                bundle.getString(problem.code().key()), problem.arguments(), bundle.getString("problem.nothing"));
        return Problem.fill(bundle.getString("problem.line"), List.of(label, what), "");
    }
}
