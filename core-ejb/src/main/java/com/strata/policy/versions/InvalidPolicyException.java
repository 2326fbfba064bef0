package com.strata.policy.versions;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/**
 * A policy document that cannot be stored, with every problem found in it; each problem's field is its path in the
 * document ({@code policy.clv.horizonMonths}).
 */
public class InvalidPolicyException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidPolicyException(List<Problem> problems) {
        super(
                RefusalKind.INVALID,
                "INVALID_POLICY",
                problems.size() + " problem(s) in the policy document: "
                        + String.join("; ", Problem.sentences(problems)),
                problems);
    }
}
