package com.strata.audit;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** Audit filters that cannot be used; the details name each one. */
public class InvalidAuditQueryException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidAuditQueryException(List<Problem> problems) {
        super(
                RefusalKind.INVALID,
                "INVALID_AUDIT_QUERY",
                "The audit trail cannot be filtered so: " + String.join("; ", Problem.sentences(problems)),
                problems);
    }
}
