package com.strata.policy.versions;

import com.strata.policy.AhpWeights;
import com.strata.policy.PairwiseMatrix;
import com.strata.policy.ValueDimension;
import com.strata.refusal.Problem;
import com.strata.refusal.ProblemCode;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;
import java.util.Locale;

/**
 * A version whose AHP judgements are too contradictory (CR above 0.10) to become the active policy: says the ratio
 * and the judgement that deviates most from what the others imply, so the author knows which one to revise.
 */
public class InconsistentPolicyException extends Refusal {

    private static final long serialVersionUID = 1L;

    /** The field of the problem: the value-index matrix in the document. */
    public static final String FIELD = "policy.valueIndex.dimensionJudgements";

    public InconsistentPolicyException(int version, PairwiseMatrix judgements) {
        super(
                RefusalKind.CONFLICT,
                "POLICY_INCONSISTENT",
                "Policy version " + version + " cannot be activated: "
                        + problem(judgements).english(),
                List.of(problem(judgements)));
    }

    /** The refusal as a fact: CR, the limit, and the judgement that deviates most, with the value the others imply. */
    public static Problem problem(PairwiseMatrix judgements) {
        AhpWeights weights = judgements.evaluate();
        PairwiseMatrix.Judgement worst = judgements.mostInconsistentJudgement().orElseThrow();
        ValueDimension[] dimensions = ValueDimension.values();
        return Problem.of(
                FIELD,
                ProblemCode.INCONSISTENT_JUDGEMENTS,
                String.format(Locale.ROOT, "%.3f", weights.consistencyRatio()),
                String.format(Locale.ROOT, "%.2f", AhpWeights.MAX_CONSISTENCY_RATIO),
                dimensions[worst.row()].name(),
                dimensions[worst.column()].name(),
                String.format(Locale.ROOT, "%.3g", worst.given()),
                String.format(Locale.ROOT, "%.3g", worst.implied()));
    }
}
