package com.strata.team;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** A reassignment that cannot be done as asked; the details name each field. */
public class InvalidReassignmentException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidReassignmentException(List<Problem> problems) {
        super(
                RefusalKind.INVALID,
                "INVALID_REASSIGNMENT",
                "No customer was reassigned: " + String.join("; ", Problem.sentences(problems)),
                problems);
    }
}
