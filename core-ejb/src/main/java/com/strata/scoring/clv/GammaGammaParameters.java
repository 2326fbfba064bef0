package com.strata.scoring.clv;

/**
 * Fitted Gamma-Gamma parameters: the value of each transaction is gamma(p, nu) for a customer, and nu is
 * gamma(q, gamma) across customers; spend is assumed independent of the purchase process.
 */
public record GammaGammaParameters(double p, double q, double gamma) {

    public GammaGammaParameters {
        for (double value : new double[] {p, q, gamma}) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("Gamma-Gamma parameters must be positive and finite, got p=" + p
                        + " q=" + q + " gamma=" + gamma);
            }
        }
    }

    /** Whether the population mean spend p γ / (q - 1) exists (q > 1). */
    public boolean hasPopulationMean() {
        return q > 1;
    }

    /** E[M], the mean spend per transaction across customers; NaN when q <= 1. */
    public double populationMeanSpend() {
        return hasPopulationMean() ? p * gamma / (q - 1) : Double.NaN;
    }

    /**
     * E[M | x, m] = p (γ + x m) / (p x + q - 1), a weighted mean of the population mean and the customer's own mean,
     * equation (5); for x = 0 the population mean.
     */
    public double conditionalExpectedSpend(int x, double meanSpend) {
        if (x == 0) {
            return populationMeanSpend();
        }
        return p * (gamma + x * meanSpend) / (p * x + q - 1);
    }
}
