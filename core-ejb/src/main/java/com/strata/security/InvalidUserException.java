package com.strata.security;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** A user (or a password) that cannot be saved as asked; nothing was changed, the details name each field. */
public class InvalidUserException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidUserException(List<Problem> problems) {
        super(
                RefusalKind.INVALID,
                "INVALID_USER",
                "The user was not saved: " + String.join("; ", Problem.sentences(problems)),
                problems);
    }
}
