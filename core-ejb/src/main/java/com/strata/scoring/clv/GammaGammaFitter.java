package com.strata.scoring.clv;

import java.util.Locale;
import java.util.Optional;

/**
 * Maximum-likelihood Gamma-Gamma over ln p, ln q and ln γ, in the same two stages as {@link BgNbdFitter}: Nelder-Mead
 * (on a deterministic sample of about {@value #SEARCH_CUSTOMERS} customers for large bases), then BFGS with the
 * analytic gradient on all of them.
 */
public final class GammaGammaFitter {

    static final int MIN_CUSTOMERS = 10;
    private static final int SEARCH_CUSTOMERS = 10_000;
    private static final double MAX_ABS_LOG_PARAMETER = 16;
    private static final NelderMead SEARCH = new NelderMead(1e-10, 1e-5, 4000);
    private static final QuasiNewton POLISH = new QuasiNewton(1e-9, 200);

    public GammaGammaFit fit(SpendData data) {
        int customers = data.customers();
        if (customers < MIN_CUSTOMERS) {
            return GammaGammaFit.impossible(
                    customers,
                    String.format(
                            Locale.ROOT,
                            "spend model not fitted: only %d customers have repeat purchases with a positive mean spend; "
                                    + "it needs at least %d",
                            customers,
                            MIN_CUSTOMERS));
        }
        SpendData searchData = customers > 2 * SEARCH_CUSTOMERS ? data.sample(customers / SEARCH_CUSTOMERS) : data;
        double[] start = {0, Math.log(2), Math.log(data.averageMeanSpend())};
        Optimum search = SEARCH.minimise(meanNegativeLogLikelihood(searchData)::value, start, 0.5);
        Optimum optimum = POLISH.minimise(meanNegativeLogLikelihood(data)::value, search.point());
        int iterations = search.iterations() + optimum.iterations();
        double[] theta = optimum.point();
        for (double value : theta) {
            if (Math.abs(value) > MAX_ABS_LOG_PARAMETER) {
                return GammaGammaFit.impossible(
                        customers,
                        String.format(
                                Locale.ROOT,
                                "spend model not fitted: the estimates run off to extreme values (p=%.3g, q=%.3g, "
                                        + "gamma=%.3g), typically because spend per purchase hardly varies between customers",
                                Math.exp(theta[0]),
                                Math.exp(theta[1]),
                                Math.exp(theta[2])));
            }
        }
        GammaGammaParameters parameters =
                new GammaGammaParameters(Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2]));
        Optional<String> problem = Optional.empty();
        if (!optimum.converged()) {
            problem = Optional.of("spend model did not converge within " + iterations
                    + " iterations; estimates are used but may be imprecise");
        } else if (!parameters.hasPopulationMean()) {
            problem = Optional.of(String.format(
                    Locale.ROOT,
                    "spend model has q = %.3f <= 1, so the population mean "
                            + "spend is undefined; one-purchase customers use the base's mean repeat spend instead",
                    parameters.q()));
        }
        return new GammaGammaFit(
                Optional.of(parameters),
                -optimum.value() * customers,
                iterations,
                optimum.converged(),
                customers,
                problem);
    }

    private static LogParameterObjective meanNegativeLogLikelihood(SpendData data) {
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(data);
        return new LogParameterObjective(
                data.customers(), (p, gradient) -> likelihood.logLikelihood(p[0], p[1], p[2], gradient));
    }
}
