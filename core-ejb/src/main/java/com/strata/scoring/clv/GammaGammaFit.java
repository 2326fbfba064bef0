package com.strata.scoring.clv;

import java.util.Optional;

/**
 * The outcome of fitting Gamma-Gamma, kept with the run as model diagnostics.
 *
 * @param parameters empty when the base was too small or degenerate; {@code problem} then says why
 * @param customersFitted repeat customers with a positive mean spend that entered the likelihood
 * @param problem a plain-language note when the fit was impossible or needs care in reading
 */
public record GammaGammaFit(
        Optional<GammaGammaParameters> parameters,
        double logLikelihood,
        int iterations,
        boolean converged,
        int customersFitted,
        Optional<String> problem) {

    static GammaGammaFit impossible(int customers, String problem) {
        return new GammaGammaFit(Optional.empty(), Double.NaN, 0, false, customers, Optional.of(problem));
    }

    public boolean isFitted() {
        return parameters.isPresent();
    }
}
