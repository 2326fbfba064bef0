package com.strata.scoring.clv;

import java.util.function.DoubleUnaryOperator;

/**
 * BG/NBD expectations computed a second way, without the hypergeometric closed forms: the purchase rate lambda is
 * integrated out analytically (a gamma integral) and the drop-out probability p numerically over its beta prior,
 * using the model's definitions directly (Fader, Hardie and Lee 2005, equations 3, 7 and 4):
 * <ul>
 *   <li>L(lambda, p | x, t_x, T) = (1 - p)^x lambda^x e^(-lambda T) + [x > 0] p (1 - p)^(x - 1) lambda^x e^(-lambda t_x)
 *   <li>E[X(t) | lambda, p] = (1 - e^(-lambda p t)) / p, which also holds for the future of a customer alive at T
 * </ul>
 * The p-integrals use p = s^(1/a), which removes the p^(a - 1) singularity, and tanh-sinh quadrature in s, which
 * copes with the remaining endpoint behaviour.
 */
final class IndependentBgNbd {

    private final double r;
    private final double alpha;
    private final double a;
    private final double b;

    IndependentBgNbd(BgNbdParameters parameters) {
        this.r = parameters.r();
        this.alpha = parameters.alpha();
        this.a = parameters.a();
        this.b = parameters.b();
    }

    double probabilityAlive(int x, double tx, double age) {
        return integrateOverP(p -> Math.pow(1 - p, x)) / evidence(x, tx, age);
    }

    double conditionalExpectedPurchases(double t, int x, double tx, double age) {
        double future = integrateOverP(p ->
                Math.pow(1 - p, x) / p * (1 - Math.pow((alpha + age) / (alpha + age + p * t), r + x)));
        return future / evidence(x, tx, age);
    }

    double expectedPurchases(double t) {
        double total = integrateOverP(p -> (1 - Math.pow(alpha / (alpha + p * t), r)) / p);
        return total / integrateOverP(p -> 1.0);
    }

    /**
     * The likelihood integrated over p, divided by the common factor (alpha + T)^-(r + x) so heavy buyers do not
     * underflow.
     */
    private double evidence(int x, double tx, double age) {
        double deadBranch = Math.pow((alpha + age) / (alpha + tx), r + x);
        return integrateOverP(p -> Math.pow(1 - p, x) + (x > 0 ? p * Math.pow(1 - p, x - 1) * deadBranch : 0));
    }

    /** Integral over (0, 1) of p^(a-1) (1-p)^(b-1) h(p) dp, unnormalised (ratios cancel the beta function). */
    private double integrateOverP(DoubleUnaryOperator h) {
        double step = 1.0 / 128;
        double sum = 0;
        for (double t = -4.5; t <= 4.5; t += step) {
            double u = Math.PI / 2 * Math.sinh(t);
            double s = 1 / (1 + Math.exp(-2 * u));
            double weight = Math.PI / 2 * Math.cosh(t) / (2 * Math.cosh(u) * Math.cosh(u));
            double p = Math.pow(s, 1 / a);
            if (p <= 0 || p >= 1 || weight == 0) {
                continue;
            }
            sum += weight * Math.pow(1 - p, b - 1) * h.applyAsDouble(p);
        }
        return sum * step / a;
    }
}
