package com.strata.policy;

import java.util.List;

/**
 * How raw R, F and M values become scores 1 to 5, where 5 is always the best (most recent, most frequent, largest).
 * Equal raw values always receive equal scores.
 */
public sealed interface RfmBinning {

    static RfmBinning quintiles() {
        return new Quintiles();
    }

    /**
     * Quintiles of the base by mid-rank: a customer's position is {@code (worse + equal / 2) / n}, where {@code worse}
     * counts customers with a worse value and {@code equal} those with the same value (including the customer), and
     * the score is {@code 1 + floor(5 * position)}. Ties therefore share a score, a single customer or a base of equal
     * values scores 3, and five distinct customers score 1 to 5.
     */
    record Quintiles() implements RfmBinning {}

    /**
     * Four ascending cut-offs per dimension. Recency (days): at most the first cut-off scores 5, at most the second 4,
     * and so on, beyond the fourth 1. Frequency and monetary: at least the fourth cut-off scores 5, at least the third 4,
     * ..., below the first 1.
     */
    record FixedCutoffs(List<Double> recencyDays, List<Double> frequency, List<Double> monetary) implements RfmBinning {
        public FixedCutoffs {
            recencyDays = checked("recency", recencyDays);
            frequency = checked("frequency", frequency);
            monetary = checked("monetary", monetary);
        }

        private static List<Double> checked(String dimension, List<Double> cutoffs) {
            List<Double> copy = List.copyOf(cutoffs);
            if (copy.size() != 4) {
                throw new IllegalArgumentException(
                        dimension + " needs exactly 4 cut-offs for 5 scores, got " + copy.size());
            }
            for (int i = 1; i < copy.size(); i++) {
                if (!(copy.get(i) > copy.get(i - 1))) {
                    throw new IllegalArgumentException(dimension + " cut-offs must rise strictly, got " + copy);
                }
            }
            return copy;
        }
    }
}
