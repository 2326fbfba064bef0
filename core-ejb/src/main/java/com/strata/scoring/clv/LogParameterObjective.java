package com.strata.scoring.clv;

/**
 * A log-likelihood over positive parameters turned into what the optimisers minimise: minus the mean log-likelihood
 * per customer, as a function of the parameters' logarithms (which keeps them positive and on comparable scales),
 * with the gradient by the chain rule d/d(ln p) = p d/dp.
 */
final class LogParameterObjective {

    /** A log-likelihood at the given parameters, writing its gradient by each parameter. */
    @FunctionalInterface
    interface LogLikelihood {
        double at(double[] parameters, double[] gradient);
    }

    private final double customers;
    private final LogLikelihood likelihood;

    LogParameterObjective(double customers, LogLikelihood likelihood) {
        this.customers = customers;
        this.likelihood = likelihood;
    }

    double value(double[] logParameters) {
        return value(logParameters, new double[logParameters.length]);
    }

    double value(double[] logParameters, double[] gradient) {
        double[] parameters = new double[logParameters.length];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = Math.exp(logParameters[i]);
        }
        double logLikelihood = likelihood.at(parameters, gradient);
        for (int i = 0; i < parameters.length; i++) {
            gradient[i] = -gradient[i] * parameters[i] / customers;
        }
        return -logLikelihood / customers;
    }
}
