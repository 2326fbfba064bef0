package com.strata.scoring.clv;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of fitting Gamma-Gamma, kept with the run as model diagnostics.
 *
 * @param parameters empty when the base was too small or degenerate; {@code problem} then says why
 * @param iterations Nelder-Mead iterations on the sample plus BFGS iterations on the whole base
 * @param gradientNorm Euclidean norm of the gradient of the mean log-likelihood per customer, by the
 *     log-parameters, where the fit stopped (NaN when not fitted)
 * @param customersFitted repeat customers with a positive mean spend that entered the likelihood
 * @param frequencySpendCorrelation Spearman's rank correlation between repeat purchases and mean spend over those
 *     customers (a deterministic sample of about 50,000 of them on larger bases): the model assumes they are
 *     independent (NaN when not fitted)
 * @param problem why the fit was impossible or is doubtful
 * @param warnings model assumptions the base does not meet; the estimates are used all the same
 */
public record GammaGammaFit(
        Optional<GammaGammaParameters> parameters,
        double logLikelihood,
        int iterations,
        boolean converged,
        double gradientNorm,
        int customersFitted,
        double frequencySpendCorrelation,
        Optional<Diagnostic> problem,
        List<Diagnostic> warnings) {

    public GammaGammaFit {
        warnings = List.copyOf(warnings);
    }

    static GammaGammaFit impossible(int customers, Diagnostic problem) {
        return new GammaGammaFit(
                Optional.empty(),
                Double.NaN,
                0,
                false,
                Double.NaN,
                customers,
                Double.NaN,
                Optional.of(problem),
                List.of());
    }

    public boolean isFitted() {
        return parameters.isPresent();
    }
}
