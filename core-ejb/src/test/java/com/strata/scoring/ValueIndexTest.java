package com.strata.scoring;

import static com.strata.scoring.Buyers.AS_OF;
import static com.strata.scoring.Buyers.buyer;
import static com.strata.scoring.Buyers.classify;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.policy.ClassificationPolicy;
import com.strata.policy.Indicator;
import com.strata.policy.PairwiseMatrix;
import com.strata.policy.ValueIndexOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueIndexTest {

    private static ClassificationPolicy weighing(Map<Indicator, Double> indicators) {
        return ClassificationPolicy.defaults()
                .withValueIndex(new ValueIndexOptions(PairwiseMatrix.defaultValueDimensions(), indicators));
    }

    @Test
    void theIndexIsTheAhpWeightedSumOfPercentileDimensions() {
        // Revenue 100 / 200 / 300 -> percentiles 16.7 / 50 / 83.3; growth ties -> 50 each;
        // tenure 100 / 300 / 200 days -> 16.7 / 83.3 / 50. Index = (4 current + 2 potential + 1 relationship) / 7.
        ClassificationPolicy policy =
                weighing(Map.of(Indicator.WINDOW_REVENUE, 1.0, Indicator.SPEND_GROWTH, 1.0, Indicator.TENURE, 1.0));

        ClassificationResult run = classify(
                policy,
                List.of(
                        buyer("A", 100, 20).customerSince(AS_OF.minusDays(100)).build(),
                        buyer("B", 200, 20).customerSince(AS_OF.minusDays(300)).build(),
                        buyer("C", 300, 20).customerSince(AS_OF.minusDays(200)).build()));

        double sixth = 100.0 / 6;
        ValueIndex a = run.score(0).value();
        assertEquals(sixth, a.current(), 1e-9);
        assertEquals(50, a.potential(), 1e-9);
        assertEquals(sixth, a.relationship(), 1e-9);
        assertEquals((4 * sixth + 2 * 50 + sixth) / 7, a.index(), 1e-9);
        assertEquals((4 * 50 + 2 * 50 + 5 * sixth) / 7, run.score(1).value().index(), 1e-9);
        assertEquals((4 * 5 * sixth + 2 * 50 + 50) / 7, run.score(2).value().index(), 1e-9);
    }

    @Test
    void aCustomerWithoutAnAnswerIsScoredOnTheIndicatorsTheyHave() {
        ClassificationPolicy policy = weighing(Map.of(
                Indicator.WINDOW_REVENUE,
                1.0,
                Indicator.SPEND_GROWTH,
                1.0,
                Indicator.TENURE,
                1.0,
                Indicator.CSAT,
                1.0));
        RelationshipSignals happy = new RelationshipSignals(0, 5, Double.NaN, 0, 0, 0);
        RelationshipSignals unhappy = new RelationshipSignals(0, 2, Double.NaN, 0, 0, 0);

        ClassificationResult run = classify(
                policy,
                List.of(
                        buyer("SILENT", 100, 20)
                                .customerSince(AS_OF.minusDays(100))
                                .build(),
                        buyer("HAPPY", 100, 20)
                                .customerSince(AS_OF.minusDays(200))
                                .relationship(happy)
                                .build(),
                        buyer("UNHAPPY", 100, 20)
                                .customerSince(AS_OF.minusDays(300))
                                .relationship(unhappy)
                                .build()));

        double sixth = 100.0 / 6;
        assertEquals(sixth, run.score(0).value().relationship(), 1e-9, "tenure alone");
        assertEquals((50 + 75) / 2.0, run.score(1).value().relationship(), 1e-9, "tenure 50, CSAT top of two");
        assertEquals((5 * sixth + 25) / 2.0, run.score(2).value().relationship(), 1e-9);
    }

    @Test
    void withoutFittedModelsPotentialValueRestsOnSpendGrowthAlone() {
        ClassificationResult run =
                classify(buyer("FLAT", 100, 20, 400), buyer("UP", 100, 20, 30, 400), buyer("DOWN", 100, 400, 410));

        double[] expected = {50, 500.0 / 6, 100.0 / 6};
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], run.score(i).value().potential(), 1e-9);
        }
    }

    @Test
    void fewerComplaintsScoreHigher() {
        ClassificationPolicy policy =
                weighing(Map.of(Indicator.WINDOW_REVENUE, 1.0, Indicator.SPEND_GROWTH, 1.0, Indicator.COMPLAINTS, 1.0));

        ClassificationResult run = classify(
                policy,
                List.of(
                        buyer("CALM", 100, 20).build(),
                        buyer("ANGRY", 100, 20)
                                .relationship(new RelationshipSignals(0, Double.NaN, Double.NaN, 4, 1, 0))
                                .build()));

        assertEquals(75.0, run.score(0).value().relationship(), 1e-9);
        assertEquals(25.0, run.score(1).value().relationship(), 1e-9);
    }
}
