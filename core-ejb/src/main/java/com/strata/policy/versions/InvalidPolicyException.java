package com.strata.policy.versions;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** A policy document that cannot be stored, with every problem found in it, each naming where it is. */
public class InvalidPolicyException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidPolicyException(List<String> errors) {
        super(
                RefusalKind.INVALID,
                "INVALID_POLICY",
                errors.size() + " problem(s) in the policy document: " + String.join("; ", errors),
                errors,
                null);
    }
}
