package com.strata.scoring;

import com.strata.policy.AhpWeights;
import com.strata.policy.Indicator;
import com.strata.policy.ValueDimension;
import com.strata.policy.ValueIndexOptions;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The value index 0-100 of every customer: each indicator becomes a mid-rank percentile of the base (0-100, equal
 * values equal), each dimension is the weighted mean of the indicators the customer has, and the index is the AHP
 * weighted sum of the three dimensions. A dimension with none of its indicators known scores a neutral 50.
 */
final class ValueIndexes {

    private static final double NEUTRAL = 50;

    final AhpWeights weights;
    final double[] index;
    final double[][] dimension;
    /** The percentile curves of the indicators a next step is translated into (README, Explanation). */
    final Map<Indicator, PercentileCurve> curves = new EnumMap<>(Indicator.class);

    private ValueIndexes(AhpWeights weights, int size) {
        this.weights = weights;
        this.index = new double[size];
        this.dimension = new double[ValueDimension.values().length][size];
    }

    static ValueIndexes of(CustomerColumns base, ClvEstimates clv, ValueIndexOptions options) {
        ValueIndexes values = new ValueIndexes(options.dimensionWeights(), base.size);
        List<Indicator> used = Arrays.stream(Indicator.values())
                .filter(k -> options.weight(k) > 0)
                .toList();
        int count = used.size();
        double[][] percentile = new double[count][];
        double[] weight = new double[count];
        int[] dimension = new int[count];
        PercentileCurve[] curves = new PercentileCurve[count];
        IntStream.range(0, count).parallel().forEach(k -> {
            Indicator indicator = used.get(k);
            PercentileRanks ranks = PercentileRanks.of(raw(indicator, base, clv));
            percentile[k] = ranks.positions(indicator.higherIsBetter());
            weight[k] = options.weight(indicator);
            dimension[k] = indicator.dimension().ordinal();
            curves[k] = ranks.curve();
        });
        for (int k = 0; k < count; k++) {
            if (PurchaseLevers.INDICATORS.contains(used.get(k)) && curves[k] != null) {
                values.curves.put(used.get(k), curves[k]);
            }
        }
        double[] dimensionWeight = values.weights.weights();
        int dimensions = dimensionWeight.length;
        IntStream.range(0, base.size).parallel().forEach(i -> {
            double[] weighted = new double[dimensions];
            double[] weightSum = new double[dimensions];
            for (int k = 0; k < count; k++) {
                double position = percentile[k][i];
                if (!Double.isNaN(position)) {
                    weighted[dimension[k]] += weight[k] * 100 * position;
                    weightSum[dimension[k]] += weight[k];
                }
            }
            double total = 0;
            for (int d = 0; d < dimensions; d++) {
                double score = weightSum[d] > 0 ? weighted[d] / weightSum[d] : NEUTRAL;
                values.dimension[d][i] = score;
                total += dimensionWeight[d] * score;
            }
            values.index[i] = total;
        });
        return values;
    }

    private static double[] raw(Indicator indicator, CustomerColumns base, ClvEstimates clv) {
        return switch (indicator) {
            case WINDOW_REVENUE -> base.windowRevenue;
            case WINDOW_MARGIN -> base.windowMargin;
            case FREQUENCY -> base.frequency;
            case PREDICTED_CLV -> clv.predictedClv;
            case SPEND_GROWTH ->
                IntStream.range(0, base.size)
                        .mapToDouble(i -> base.customers.get(i).trend().growth())
                        .toArray();
            case TENURE -> IntStream.of(base.tenureDays).asDoubleStream().toArray();
            case REFERRALS -> base.referrals;
            case CSAT -> base.csat;
            case NPS -> base.nps;
            case COMPLAINTS -> base.complaints;
            case ENGAGEMENT -> base.engagements;
        };
    }
}
