package com.strata.scoring.clv;

import com.strata.policy.ModelTimeUnit;
import java.util.Optional;

/**
 * The outcome of fitting BG/NBD to a base, kept with the run as model diagnostics.
 *
 * @param parameters empty when the base was too small or degenerate to fit; {@code problem} then says why
 * @param logLikelihood at the estimates (NaN when not fitted)
 * @param iterations Nelder-Mead iterations on the sample plus BFGS iterations on the whole base
 * @param gradientNorm Euclidean norm of the gradient of the mean log-likelihood per customer, by the
 *     log-parameters, where the fit stopped (NaN when not fitted)
 * @param customersFitted customers with at least one purchase that entered the likelihood
 * @param problem why the fit was impossible or is doubtful
 */
public record BgNbdFit(
        Optional<BgNbdParameters> parameters,
        double logLikelihood,
        int iterations,
        boolean converged,
        double gradientNorm,
        int customersFitted,
        ModelTimeUnit timeUnit,
        Optional<CalibrationCheck> calibration,
        Optional<Diagnostic> problem) {

    static BgNbdFit impossible(int customers, ModelTimeUnit unit, Diagnostic problem) {
        return new BgNbdFit(
                Optional.empty(),
                Double.NaN,
                0,
                false,
                Double.NaN,
                customers,
                unit,
                Optional.empty(),
                Optional.of(problem));
    }

    public boolean isFitted() {
        return parameters.isPresent();
    }
}
