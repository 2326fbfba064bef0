package com.strata.policy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the value index 0-100 is built: AHP judgements weigh the three dimensions, and fixed weights combine the
 * percentile indicators inside each dimension. A customer lacking an indicator (no CSAT answer, no fitted model) is
 * scored on the dimension's remaining indicators, their weights rescaled to sum to one.
 * A matrix whose consistency ratio exceeds 0.10 may stand in a draft, where its author is still revising it; such a
 * policy cannot be activated nor applied ({@link #requireConsistentJudgements()}).
 */
public record ValueIndexOptions(PairwiseMatrix dimensionJudgements, Map<Indicator, Double> indicatorWeights) {

    public ValueIndexOptions {
        Objects.requireNonNull(dimensionJudgements, "dimensionJudgements");
        if (dimensionJudgements.order() != ValueDimension.values().length) {
            throw new IllegalArgumentException("the value-index matrix compares current, potential and relationship "
                    + "value, so it must be 3 x 3, got " + dimensionJudgements.order());
        }
        indicatorWeights = checked(indicatorWeights);
    }

    /**
     * The consistent default matrix (weights 4/7, 2/7, 1/7) and indicator weights: current = revenue 0.5, margin 0.3,
     * frequency 0.2; potential = predicted CLV 0.7, spend growth 0.3; relationship = tenure 0.25, referrals 0.15,
     * CSAT 0.15, NPS 0.15, complaints 0.15, engagement 0.15.
     */
    public static ValueIndexOptions defaults() {
        Map<Indicator, Double> weights = new EnumMap<>(Indicator.class);
        weights.put(Indicator.WINDOW_REVENUE, 0.5);
        weights.put(Indicator.WINDOW_MARGIN, 0.3);
        weights.put(Indicator.FREQUENCY, 0.2);
        weights.put(Indicator.PREDICTED_CLV, 0.7);
        weights.put(Indicator.SPEND_GROWTH, 0.3);
        weights.put(Indicator.TENURE, 0.25);
        weights.put(Indicator.REFERRALS, 0.15);
        weights.put(Indicator.CSAT, 0.15);
        weights.put(Indicator.NPS, 0.15);
        weights.put(Indicator.COMPLAINTS, 0.15);
        weights.put(Indicator.ENGAGEMENT, 0.15);
        return new ValueIndexOptions(PairwiseMatrix.defaultValueDimensions(), weights);
    }

    /** The AHP weights of current, potential and relationship value, with the consistency figures. */
    public AhpWeights dimensionWeights() {
        return dimensionJudgements.evaluate();
    }

    /** Refuses judgements whose consistency ratio exceeds 0.10, naming it; what activation and APPLY runs ask. */
    public void requireConsistentJudgements() {
        dimensionJudgements.weigh();
    }

    public double weight(Indicator indicator) {
        return indicatorWeights.getOrDefault(indicator, 0.0);
    }

    private static Map<Indicator, Double> checked(Map<Indicator, Double> weights) {
        Map<Indicator, Double> copy = new EnumMap<>(Indicator.class);
        copy.putAll(weights);
        for (Map.Entry<Indicator, Double> entry : copy.entrySet()) {
            if (!(entry.getValue() >= 0) || Double.isInfinite(entry.getValue())) {
                throw new IllegalArgumentException(
                        "weight of indicator " + entry.getKey() + " must be zero or positive, got " + entry.getValue());
            }
        }
        for (ValueDimension dimension : ValueDimension.values()) {
            boolean weighted =
                    copy.entrySet().stream().anyMatch(e -> e.getKey().dimension() == dimension && e.getValue() > 0);
            if (!weighted) {
                throw new IllegalArgumentException(
                        "value dimension " + dimension + " needs at least one indicator with a positive weight");
            }
        }
        return Map.copyOf(copy);
    }
}
