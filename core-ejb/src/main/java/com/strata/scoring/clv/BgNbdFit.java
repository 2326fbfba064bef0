package com.strata.scoring.clv;

import com.strata.policy.ModelTimeUnit;
import java.util.Optional;

/**
 * The outcome of fitting BG/NBD to a base, kept with the run as model diagnostics.
 *
 * @param parameters empty when the base was too small or degenerate to fit; {@code problem} then says why
 * @param logLikelihood at the estimates (NaN when not fitted)
 * @param iterations Nelder-Mead iterations, summed over the warm start and the full fit
 * @param customersFitted customers with at least one purchase that entered the likelihood
 * @param problem a plain-language note when the fit was impossible or is doubtful
 */
public record BgNbdFit(
        Optional<BgNbdParameters> parameters,
        double logLikelihood,
        int iterations,
        boolean converged,
        int customersFitted,
        ModelTimeUnit timeUnit,
        Optional<CalibrationCheck> calibration,
        Optional<String> problem) {

    static BgNbdFit impossible(int customers, ModelTimeUnit unit, String problem) {
        return new BgNbdFit(
                Optional.empty(), Double.NaN, 0, false, customers, unit, Optional.empty(), Optional.of(problem));
    }

    public boolean isFitted() {
        return parameters.isPresent();
    }
}
