package com.strata.service;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** A tier service policy change that breaks the rules; the details list every problem, each naming its field. */
public class InvalidTierPolicyException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidTierPolicyException(String tier, List<Problem> problems) {
        super(
                RefusalKind.INVALID,
                "INVALID_TIER_POLICY",
                "The service policy of " + tier + " was not changed: " + String.join("; ", Problem.sentences(problems)),
                problems);
    }
}
