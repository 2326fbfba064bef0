package com.strata.scoring.clv;

import com.strata.policy.ModelTimeUnit;
import java.util.Optional;

/**
 * Maximum-likelihood BG/NBD over a whole base: Nelder-Mead on the logarithms of r, alpha, a and b, which keeps them
 * positive and puts them on comparable scales.
 *
 * <p>Two stages keep a million-customer fit fast. Nelder-Mead finds the neighbourhood of the optimum, on a
 * deterministic sample of about {@value #SEARCH_REPEATERS} repeat customers when the base is larger; then BFGS with
 * the analytic gradient ({@link BgNbdLikelihood}) converges on the whole base's likelihood in a few evaluations. The
 * reported estimates are the optimum of the whole-base likelihood; the sample only shortens the search. Converged
 * means the Euclidean norm of the gradient of the mean log-likelihood per customer, by the log-parameters, fell below
 * {@value #GRADIENT_TOLERANCE}.
 */
public final class BgNbdFitter {

    static final int MIN_CUSTOMERS = 30;
    static final int MIN_REPEAT_CUSTOMERS = 10;
    private static final int SEARCH_REPEATERS = 10_000;
    private static final double GRADIENT_TOLERANCE = 1e-9;
    private static final double MAX_ABS_LOG_PARAMETER = 16;
    private static final NelderMead SEARCH = new NelderMead(1e-10, 1e-5, 4000);
    private static final QuasiNewton POLISH = new QuasiNewton(GRADIENT_TOLERANCE, 200);

    public BgNbdFit fit(RepeatPurchaseData data, ModelTimeUnit unit) {
        int customers = (int) Math.round(data.customers());
        if (customers < MIN_CUSTOMERS) {
            return BgNbdFit.impossible(
                    customers, unit, Diagnostic.of(DiagnosticCode.PURCHASE_TOO_FEW_BUYERS, customers, MIN_CUSTOMERS));
        }
        if (data.repeatCustomers() < MIN_REPEAT_CUSTOMERS) {
            return BgNbdFit.impossible(
                    customers,
                    unit,
                    Diagnostic.of(
                            DiagnosticCode.PURCHASE_TOO_FEW_REPEAT_BUYERS,
                            data.repeatCustomers(),
                            MIN_REPEAT_CUSTOMERS));
        }
        RepeatPurchaseData searchData = data.repeatCustomers() > 2 * SEARCH_REPEATERS
                ? data.sample(data.repeatCustomers() / SEARCH_REPEATERS)
                : data;
        Optimum search = SEARCH.minimise(meanNegativeLogLikelihood(searchData)::value, startingPoint(data), 0.5);
        Optimum optimum = POLISH.minimise(meanNegativeLogLikelihood(data)::value, search.point());
        int iterations = search.iterations() + optimum.iterations();
        double[] theta = optimum.point();
        for (double value : theta) {
            if (Math.abs(value) > MAX_ABS_LOG_PARAMETER) {
                return BgNbdFit.impossible(
                        customers,
                        unit,
                        Diagnostic.of(
                                DiagnosticCode.PURCHASE_EXTREME_ESTIMATES,
                                Math.exp(theta[0]),
                                Math.exp(theta[1]),
                                Math.exp(theta[2]),
                                Math.exp(theta[3])));
            }
        }
        double a = Math.exp(theta[2]);
        double b = Math.exp(theta[3]);
        if (!(a + b > 1)) {
            return BgNbdFit.impossible(
                    customers, unit, Diagnostic.of(DiagnosticCode.PURCHASE_UNDEFINED_EXPECTATION, a, b));
        }
        BgNbdParameters parameters = new BgNbdParameters(Math.exp(theta[0]), Math.exp(theta[1]), a, b);
        Optional<Diagnostic> problem = optimum.converged()
                ? Optional.empty()
                : Optional.of(Diagnostic.of(DiagnosticCode.PURCHASE_NOT_CONVERGED, iterations, optimum.gradientNorm()));
        return new BgNbdFit(
                Optional.of(parameters),
                -optimum.value() * data.customers(),
                iterations,
                optimum.converged(),
                optimum.gradientNorm(),
                customers,
                unit,
                Optional.of(calibrate(data, parameters)),
                problem);
    }

    /** -ln L / n over log-parameters, so tolerances mean the same for any base size. */
    private static LogParameterObjective meanNegativeLogLikelihood(RepeatPurchaseData data) {
        BgNbdLikelihood likelihood = new BgNbdLikelihood(data);
        return new LogParameterObjective(
                data.customers(), (p, gradient) -> likelihood.logLikelihood(p[0], p[1], p[2], p[3], gradient));
    }

    /** r = 1 with alpha matching the base's raw repeat rate, a = 1 and b = 2 (mean drop-out chance 1/3). */
    private static double[] startingPoint(RepeatPurchaseData data) {
        double rate = data.observedRepeats() / Math.max(data.totalAge(), 1e-9);
        return new double[] {0, Math.log(1 / rate), 0, Math.log(2)};
    }

    private static CalibrationCheck calibrate(RepeatPurchaseData data, BgNbdParameters parameters) {
        double[] times = data.times();
        double[] weight = data.customerWeight();
        double expected = 0;
        for (int j = 0; j < times.length; j++) {
            if (weight[j] > 0 && times[j] > 0) {
                expected += weight[j] * parameters.expectedPurchases(times[j]);
            }
        }
        return new CalibrationCheck(data.observedRepeats(), expected);
    }
}
