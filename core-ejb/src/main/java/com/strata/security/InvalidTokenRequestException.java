package com.strata.security;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** A token request that breaks the rules (name, expiry); the details name each field. */
public class InvalidTokenRequestException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidTokenRequestException(List<Problem> problems) {
        super(
                RefusalKind.INVALID,
                "INVALID_TOKEN_REQUEST",
                "The token was not created: " + String.join("; ", Problem.sentences(problems)),
                problems);
    }
}
