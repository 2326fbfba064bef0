package com.strata.overrides;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** A request or comment that breaks the rules; the details list every problem, each naming its field. */
public class InvalidOverrideException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidOverrideException(List<Problem> problems) {
        super(
                RefusalKind.INVALID,
                "INVALID_OVERRIDE",
                "The override was not stored: " + String.join("; ", Problem.sentences(problems)),
                problems);
    }
}
