package com.strata.scoring;

import java.util.OptionalDouble;

/**
 * Historical and predictive customer value. The predictions are empty when the customer never bought or the run
 * could not fit the models (the run diagnostics say why).
 *
 * @param historical margin to date
 * @param expectedPurchases repeat purchase days expected within the policy's horizon
 * @param expectedSpend expected spend per purchase day (Gamma-Gamma)
 * @param predicted discounted expected spend over the horizon; needs both models
 * @param singlePurchaseDay one purchase day only: P(alive) is 1 by the model's construction
 */
public record ClvEstimate(
        double historical,
        boolean purchased,
        OptionalDouble probabilityAlive,
        OptionalDouble expectedPurchases,
        OptionalDouble expectedSpend,
        OptionalDouble predicted,
        boolean singlePurchaseDay) {}
