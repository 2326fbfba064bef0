package com.strata.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseMatrixTest {

    @Test
    void theDefaultMatrixIsConsistentWithWeightsFourTwoOneSevenths() {
        AhpWeights weights = PairwiseMatrix.defaultValueDimensions().weigh();

        assertArrayEquals(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, weights.weights(), 1e-12);
        assertEquals(3.0, weights.lambdaMax(), 1e-12);
        assertEquals(0.0, weights.consistencyRatio(), 1e-12);
    }

    @Test
    void textbookThreeByThreeGivesItsPublishedWeightsAndConsistencyRatio() {
        // The usual worked example: weights 0.637 / 0.258 / 0.105, lambda max 3.039, CI 0.019, CR 0.033 (RI 0.58).
        AhpWeights weights = new PairwiseMatrix(new double[][] {{1, 3, 5}, {1.0 / 3, 1, 3}, {0.2, 1.0 / 3, 1}}).weigh();

        assertArrayEquals(new double[] {0.6370, 0.2583, 0.1047}, weights.weights(), 5e-5);
        assertEquals(3.0385, weights.lambdaMax(), 5e-5);
        assertEquals(0.0193, weights.consistencyIndex(), 5e-5);
        assertEquals(0.0332, weights.consistencyRatio(), 5e-5);
    }

    @Test
    void aMatrixBuiltFromRatiosOfWeightsGivesThoseWeightsBack() {
        double[] w = {0.4, 0.3, 0.2, 0.1};
        double[][] a = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                a[i][j] = w[i] / w[j];
            }
        }

        AhpWeights weights = new PairwiseMatrix(a).weigh();

        assertArrayEquals(w, weights.weights(), 1e-12);
        assertEquals(0.0, weights.consistencyRatio(), 1e-12);
    }

    @Test
    void circularJudgementsAreRejectedNamingTheConsistencyRatio() {
        // A beats B 9:1, B beats C 9:1, C beats A 9:1. By symmetry the weights are equal and
        // lambda max = 1 + 9 + 1/9, so CI = (lambda - 3) / 2 and CR = CI / 0.58 = 6.130.
        PairwiseMatrix circular =
                new PairwiseMatrix(new double[][] {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}});

        AhpWeights evaluated = circular.evaluate();
        InconsistentJudgementsException refused = assertThrows(InconsistentJudgementsException.class, circular::weigh);

        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, evaluated.weights(), 1e-12);
        assertEquals((1 + 9 + 1.0 / 9 - 3) / 2 / 0.58, evaluated.consistencyRatio(), 1e-9);
        assertTrue(
                refused.getMessage()
                        .startsWith("the pairwise matrix has consistency ratio CR = 6.130, above the " + "limit 0.10"),
                refused.getMessage());
    }

    @Test
    void aDraftMayHoldInconsistentJudgementsButTheyCannotBeRequiredConsistent() {
        PairwiseMatrix inconsistent = new PairwiseMatrix(new double[][] {{1, 5, 1.0 / 3}, {0.2, 1, 4}, {3, 0.25, 1}});
        ValueIndexOptions draft = new ValueIndexOptions(
                inconsistent,
                Map.of(Indicator.WINDOW_REVENUE, 1.0, Indicator.PREDICTED_CLV, 1.0, Indicator.TENURE, 1.0));

        InconsistentJudgementsException refused =
                assertThrows(InconsistentJudgementsException.class, draft::requireConsistentJudgements);

        assertTrue(refused.consistencyRatio() > 0.10);
        assertTrue(refused.getMessage().contains("CR = "));
    }

    @Test
    void theUpperTriangleIsEnoughReciprocalsFillThemselves() {
        PairwiseMatrix matrix = PairwiseMatrix.fromUpperTriangle(new double[][] {{0, 3, 5}, {0, 0, 2}, {0, 0, 0}});

        assertEquals(1, matrix.entry(1, 1));
        assertEquals(3, matrix.entry(0, 1));
        assertEquals(1.0 / 3, matrix.entry(1, 0), 1e-15);
        assertEquals(1.0 / 5, matrix.entry(2, 0), 1e-15);
        assertEquals(1.0 / 2, matrix.entry(2, 1), 1e-15);
    }

    @Test
    void aZeroJudgementInTheUpperTriangleIsRefusedWithItsPosition() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> PairwiseMatrix.fromUpperTriangle(new double[][] {{0, 0, 5}, {0, 0, 2}, {0, 0, 0}}));

        assertTrue(refused.getMessage().contains("entry (1, 2)"), refused.getMessage());
    }

    @Test
    void theMostInconsistentJudgementIsTheOneThatContradictsConsistentOthers() {
        // Weights 8:4:2:1 give a(i, j) = w_i / w_j; then criterion 1 over 4 is turned round, 1/8 instead of 8.
        double[] w = {8, 4, 2, 1};
        double[][] upper = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                upper[i][j] = w[i] / w[j];
            }
        }
        upper[0][3] = 1.0 / 8;
        PairwiseMatrix matrix = PairwiseMatrix.fromUpperTriangle(upper);

        PairwiseMatrix.Judgement worst = matrix.mostInconsistentJudgement().orElseThrow();

        assertEquals(0, worst.row());
        assertEquals(3, worst.column());
        assertEquals(1.0 / 8, worst.given(), 1e-15);
        assertTrue(worst.implied() / worst.given() > 4, "the others imply far more, got " + worst.implied());
        assertTrue(matrix.evaluate().consistencyRatio() > 0.10);
    }

    @Test
    void inAThreeByThreeMatrixTheOneCycleIsBlamedOnItsStrongestJudgement() {
        // 2 and 2 imply 4 for current over relationship; 1/4 contradicts them. All three deviate alike (one cycle),
        // so the strongest claim, 1/4, is named.
        PairwiseMatrix matrix = PairwiseMatrix.fromUpperTriangle(new double[][] {{0, 2, 0.25}, {0, 0, 2}, {0, 0, 0}});

        PairwiseMatrix.Judgement worst = matrix.mostInconsistentJudgement().orElseThrow();

        assertEquals(0, worst.row());
        assertEquals(2, worst.column());
        assertEquals(0.25, worst.given());
    }

    @Test
    void consistentJudgementsDeviateNowhereAndTwoCriteriaNameNone() {
        PairwiseMatrix.Judgement worst = PairwiseMatrix.defaultValueDimensions()
                .mostInconsistentJudgement()
                .orElseThrow();

        assertEquals(0, worst.deviation(), 1e-9);
        assertTrue(new PairwiseMatrix(new double[][] {{1, 3}, {1.0 / 3, 1}})
                .mostInconsistentJudgement()
                .isEmpty());
    }

    @Test
    void twoCriteriaAreAlwaysConsistent() {
        AhpWeights weights = new PairwiseMatrix(new double[][] {{1, 3}, {1.0 / 3, 1}}).weigh();

        assertArrayEquals(new double[] {0.75, 0.25}, weights.weights(), 1e-12);
        assertEquals(0.0, weights.consistencyRatio());
    }

    @Test
    void aMatrixThatIsNotReciprocalIsRefusedWithThePosition() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> new PairwiseMatrix(new double[][] {{1, 3}, {0.5, 1}}));

        assertEquals(
                "entry (1, 2) is 3.0, so entry (2, 1) must be its reciprocal 0.3333333333333333, got 0.5",
                refused.getMessage());
    }
}
