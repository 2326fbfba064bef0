package com.strata.scoring;

import com.strata.policy.SegmentScheme;
import java.util.stream.IntStream;

/**
 * Each customer's segment rule under the policy's map. For the high/low model, R is high when the days since the
 * last purchase are at most the base mean (over customers who bought), F and M are high when at least the base mean;
 * a customer who never bought has low R.
 */
final class Segmentation {

    final SegmentMap map;
    final SegmentRule[] rules;
    final double meanRecencyDays;
    final double meanFrequency;
    final double meanMonetary;

    private Segmentation(SegmentMap map, int size, double meanRecencyDays, double meanFrequency, double meanMonetary) {
        this.map = map;
        this.rules = new SegmentRule[size];
        this.meanRecencyDays = meanRecencyDays;
        this.meanFrequency = meanFrequency;
        this.meanMonetary = meanMonetary;
    }

    static Segmentation of(SegmentScheme scheme, CustomerColumns base, RfmScores scores) {
        double recencySum = 0;
        long buyers = 0;
        double frequencySum = 0;
        double monetarySum = 0;
        for (int i = 0; i < base.size; i++) {
            if (base.purchased[i]) {
                recencySum += base.recencyDays[i];
                buyers++;
            }
            frequencySum += base.frequency[i];
            monetarySum += base.monetary[i];
        }
        int n = Math.max(1, base.size);
        Segmentation segmentation = new Segmentation(
                SegmentMap.of(scheme),
                base.size,
                buyers == 0 ? 0 : recencySum / buyers,
                frequencySum / n,
                monetarySum / n);
        IntStream.range(0, base.size)
                .parallel()
                .forEach(i -> segmentation.rules[i] = segmentation.ruleFor(i, base, scores));
        return segmentation;
    }

    private SegmentRule ruleFor(int i, CustomerColumns base, RfmScores scores) {
        if (map.scheme() == SegmentScheme.RF_GRID) {
            return map.ruleFor(scores.recency[i], scores.frequency[i], 1);
        }
        int r = base.purchased[i] && base.recencyDays[i] <= meanRecencyDays ? 2 : 1;
        int f = base.frequency[i] >= meanFrequency ? 2 : 1;
        int m = base.monetary[i] >= meanMonetary ? 2 : 1;
        return map.ruleFor(r, f, m);
    }
}
