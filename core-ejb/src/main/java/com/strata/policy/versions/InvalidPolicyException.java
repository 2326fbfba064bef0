package com.strata.policy.versions;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A policy document that cannot be stored, with every problem found in it, each naming where it is. */
@ApplicationException(rollback = true)
public class InvalidPolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public InvalidPolicyException(List<String> errors) {
        super(errors.size() + " problem(s) in the policy document: " + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
