package com.strata.scoring.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Maximum-likelihood Gamma-Gamma over ln p, ln q and ln γ, in the same two stages as {@link BgNbdFitter}: Nelder-Mead
 * (on a deterministic sample of about {@value #SEARCH_CUSTOMERS} customers for large bases), then BFGS with the
 * analytic gradient on all of them. Converged means the Euclidean norm of the gradient of the mean log-likelihood per
 * customer, by the log-parameters, fell below {@value #GRADIENT_TOLERANCE}.
 *
 * <p>Where the base breaks the model's assumptions the estimates are still used and the fit says so: q &lt;= 1 (no
 * population mean spend), and a rank correlation between repeat purchases and mean spend of at least {@value
 * #STRONG_CORRELATION} in size (the model takes them to be independent; on a sample of about {@value
 * #CORRELATION_CUSTOMERS} customers for larger bases).
 */
public final class GammaGammaFitter {

    static final int MIN_CUSTOMERS = 10;
    static final double STRONG_CORRELATION = 0.3;
    private static final int SEARCH_CUSTOMERS = 10_000;
    /**
     * The rank correlation is taken on a deterministic sample of about this many customers when the base is larger:
     * its sampling error is then about 1/√50,000 ≈ 0.005, plenty for a figure shown to two decimals and a warning at
     * 0.3, and ranking a million mean spends would cost a tenth of the whole run.
     */
    private static final int CORRELATION_CUSTOMERS = 50_000;

    private static final double GRADIENT_TOLERANCE = 1e-9;
    private static final double MAX_ABS_LOG_PARAMETER = 16;
    /**
     * p is the shape of a customer's spend per purchase, whose coefficient of variation is 1/√p: above 10^4 (under
     * 1%) no real base has it, and the likelihood is flat to the sixth digit from there on. It means there is no
     * finite maximum, as when two populations with very different spend are fitted as one.
     */
    private static final double MAX_SPEND_SHAPE = 1e4;

    private static final NelderMead SEARCH = new NelderMead(1e-10, 1e-5, 4000);
    private static final QuasiNewton POLISH = new QuasiNewton(GRADIENT_TOLERANCE, 200);

    public GammaGammaFit fit(SpendData data) {
        int customers = data.customers();
        if (customers < MIN_CUSTOMERS) {
            return GammaGammaFit.impossible(
                    customers, Diagnostic.of(DiagnosticCode.SPEND_TOO_FEW_SPENDERS, customers, MIN_CUSTOMERS));
        }
        SpendData searchData = customers > 2 * SEARCH_CUSTOMERS ? data.sample(customers / SEARCH_CUSTOMERS) : data;
        double[] start = {0, Math.log(2), Math.log(data.averageMeanSpend())};
        Optimum search = SEARCH.minimise(meanNegativeLogLikelihood(searchData)::value, start, 0.5);
        Optimum optimum = POLISH.minimise(meanNegativeLogLikelihood(data)::value, search.point());
        int iterations = search.iterations() + optimum.iterations();
        double[] theta = optimum.point();
        if (Arrays.stream(theta).anyMatch(value -> Math.abs(value) > MAX_ABS_LOG_PARAMETER)
                || Math.exp(theta[0]) > MAX_SPEND_SHAPE) {
            return GammaGammaFit.impossible(
                    customers,
                    Diagnostic.of(
                            DiagnosticCode.SPEND_EXTREME_ESTIMATES,
                            Math.exp(theta[0]),
                            Math.exp(theta[1]),
                            Math.exp(theta[2])));
        }
        GammaGammaParameters parameters =
                new GammaGammaParameters(Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2]));
        Optional<Diagnostic> problem = optimum.converged()
                ? Optional.empty()
                : Optional.of(Diagnostic.of(DiagnosticCode.SPEND_NOT_CONVERGED, iterations, optimum.gradientNorm()));
        SpendData correlationData =
                customers > 2 * CORRELATION_CUSTOMERS ? data.sample(customers / CORRELATION_CUSTOMERS) : data;
        double correlation = correlationData.frequencySpendRankCorrelation();
        List<Diagnostic> warnings = new ArrayList<>();
        if (!parameters.hasPopulationMean()) {
            warnings.add(Diagnostic.of(DiagnosticCode.SPEND_NO_POPULATION_MEAN, parameters.q()));
        }
        if (Math.abs(correlation) >= STRONG_CORRELATION) {
            warnings.add(Diagnostic.of(DiagnosticCode.SPEND_DEPENDS_ON_FREQUENCY, correlation));
        }
        return new GammaGammaFit(
                Optional.of(parameters),
                -optimum.value() * customers,
                iterations,
                optimum.converged(),
                optimum.gradientNorm(),
                customers,
                correlation,
                problem,
                warnings);
    }

    private static LogParameterObjective meanNegativeLogLikelihood(SpendData data) {
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(data);
        return new LogParameterObjective(
                data.customers(), (p, gradient) -> likelihood.logLikelihood(p[0], p[1], p[2], gradient));
    }
}
