package com.strata.scoring.clv;

import com.strata.policy.ModelTimeUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Maximum-likelihood BG/NBD over a whole base: Nelder-Mead on the logarithms of r, alpha, a and b, which keeps them
 * positive and puts them on comparable scales.
 *
 * <p>Large bases are fitted in two stages. A deterministic sample of about {@value #WARM_START_REPEATERS} repeat
 * customers finds the neighbourhood of the optimum cheaply; the fit on the whole base then starts there with a small
 * simplex. The reported estimates are the optimum of the whole-base likelihood; the sample only shortens the search.
 */
public final class BgNbdFitter {

    static final int MIN_CUSTOMERS = 30;
    static final int MIN_REPEAT_CUSTOMERS = 10;
    private static final int WARM_START_REPEATERS = 20_000;
    private static final double MAX_ABS_LOG_PARAMETER = 16;
    private static final NelderMead OPTIMISER = new NelderMead(1e-11, 1e-6, 4000);

    public BgNbdFit fit(RepeatPurchaseData data, ModelTimeUnit unit) {
        int customers = (int) Math.round(data.customers());
        if (customers < MIN_CUSTOMERS) {
            return BgNbdFit.impossible(customers, unit, String.format(Locale.ROOT,
                    "purchase model not fitted: only %d customers have a purchase; it needs at least %d",
                    customers, MIN_CUSTOMERS));
        }
        if (data.repeatCustomers() < MIN_REPEAT_CUSTOMERS) {
            return BgNbdFit.impossible(customers, unit, String.format(Locale.ROOT,
                    "purchase model not fitted: only %d customers bought on more than one day; it needs at least %d "
                            + "to estimate purchase and drop-out rates",
                    data.repeatCustomers(), MIN_REPEAT_CUSTOMERS));
        }
        double[] start = startingPoint(data);
        int iterations = 0;
        if (data.repeatCustomers() > 2 * WARM_START_REPEATERS) {
            Optimum warm = minimise(data.sample(data.repeatCustomers() / WARM_START_REPEATERS), start, 0.5);
            iterations += warm.iterations();
            start = warm.point();
        }
        Optimum optimum = minimise(data, start, iterations > 0 ? 0.05 : 0.5);
        iterations += optimum.iterations();
        double[] theta = optimum.point();
        for (double value : theta) {
            if (Math.abs(value) > MAX_ABS_LOG_PARAMETER) {
                return BgNbdFit.impossible(customers, unit, String.format(Locale.ROOT,
                        "purchase model not fitted: the estimates run off to extreme values (r=%.3g, alpha=%.3g, "
                                + "a=%.3g, b=%.3g), so this base does not determine them",
                        Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2]), Math.exp(theta[3])));
            }
        }
        double a = Math.exp(theta[2]);
        double b = Math.exp(theta[3]);
        if (!(a + b > 1)) {
            return BgNbdFit.impossible(customers, unit, String.format(Locale.ROOT,
                    "purchase model not fitted: estimates a=%.3g and b=%.3g have a + b <= 1, for which expected "
                            + "purchases are undefined",
                    a, b));
        }
        BgNbdParameters parameters = new BgNbdParameters(Math.exp(theta[0]), Math.exp(theta[1]), a, b);
        Optional<String> problem = optimum.converged()
                ? Optional.empty()
                : Optional.of("purchase model did not converge within " + iterations
                        + " iterations; estimates are used but may be imprecise");
        return new BgNbdFit(Optional.of(parameters), -optimum.value() * data.customers(), iterations,
                optimum.converged(), customers, unit, Optional.of(calibrate(data, parameters)), problem);
    }

    private static Optimum minimise(RepeatPurchaseData data, double[] start, double step) {
        BgNbdLikelihood likelihood = new BgNbdLikelihood(data);
        double weight = data.customers();
        return OPTIMISER.minimise(theta -> -likelihood.logLikelihood(
                Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2]), Math.exp(theta[3])) / weight, start, step);
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
