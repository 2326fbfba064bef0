package com.strata.scoring;

import static com.strata.scoring.Buyers.buyer;
import static com.strata.scoring.Buyers.classify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.ClassificationPolicy;
import com.strata.policy.FrequencyMeasure;
import com.strata.policy.MonetaryMeasure;
import com.strata.policy.RfmBinning;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RfmScoringTest {

    private static List<Integer> scores(ClassificationResult run, char dimension) {
        return run.scores().stream()
                .map(s -> switch (dimension) {
                    case 'R' -> s.rfm().recencyScore();
                    case 'F' -> s.rfm().frequencyScore();
                    default -> s.rfm().monetaryScore();
                })
                .toList();
    }

    @Test
    void fiveDistinctCustomersScoreOneToFiveInEachDimension() {
        ClassificationResult run = classify(
                buyer("A", 100, 50),
                buyer("B", 100, 40, 41),
                buyer("C", 100, 30, 31, 32),
                buyer("D", 100, 20, 21, 22, 23),
                buyer("E", 100, 10, 11, 12, 13, 14));

        assertEquals(List.of(1, 2, 3, 4, 5), scores(run, 'R'));
        assertEquals(List.of(1, 2, 3, 4, 5), scores(run, 'F'));
        assertEquals(List.of(1, 2, 3, 4, 5), scores(run, 'M'));
    }

    @Test
    void tenCustomersFallTwoToAQuintileByMidRank() {
        // Mid-rank positions (2i - 1) / 20 for i = 1..10 give 1 + floor(5 * position) = 1,1,2,2,3,3,4,4,5,5.
        List<CustomerSummary.Builder> base = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            base.add(buyer("C" + i, 10.0 * i, 5));
        }

        ClassificationResult run = classify(base.toArray(CustomerSummary.Builder[]::new));

        assertEquals(List.of(1, 1, 2, 2, 3, 3, 4, 4, 5, 5), scores(run, 'M'));
    }

    @Test
    void equalValuesAlwaysShareAScore() {
        // Four customers tie on one purchase day: mid-rank 2 of 5, so 1 + floor(5 * 2 / 5) = 3; the fifth is 5.
        ClassificationResult run = classify(
                buyer("A", 100, 9),
                buyer("B", 100, 9),
                buyer("C", 100, 9),
                buyer("D", 100, 9),
                buyer("E", 100, 9, 19, 29, 39));

        assertEquals(List.of(3, 3, 3, 3, 5), scores(run, 'F'));
        assertEquals(List.of(3, 3, 3, 3, 3), scores(run, 'R'));
    }

    @Test
    void aSingleCustomerGetsTheMiddleScores() {
        ClassificationResult run = classify(buyer("ONLY", 80, 3));

        RfmScore rfm = run.score(0).rfm();
        assertEquals(List.of(3, 3, 3), List.of(rfm.recencyScore(), rfm.frequencyScore(), rfm.monetaryScore()));
    }

    @Test
    void twoCustomersScoreTwoAndFour() {
        ClassificationResult run = classify(buyer("LOW", 10, 90), buyer("HIGH", 20, 3));

        assertEquals(List.of(2, 4), scores(run, 'R'));
        assertEquals(List.of(2, 4), scores(run, 'M'));
    }

    @Test
    void aCustomerWhoNeverBoughtHasTheWorstRecency() {
        ClassificationResult run = classify(
                buyer("A", 10, 300),
                buyer("B", 10, 3),
                CustomerSummary.builder("PROSPECT").customerSince(Buyers.AS_OF.minusDays(400)));

        CustomerScore prospect = run.score(2);
        assertEquals(OptionalInt.empty(), prospect.rfm().recencyDays());
        assertEquals(1, prospect.rfm().recencyScore());
        assertEquals(0.0, prospect.rfm().frequency());
    }

    @Test
    void fixedCutoffsScoreByThresholdsNotByTheBase() {
        ClassificationPolicy policy = ClassificationPolicy.defaults()
                .withBinning(new RfmBinning.FixedCutoffs(
                        List.of(30.0, 60.0, 120.0, 240.0),
                        List.of(2.0, 3.0, 5.0, 8.0),
                        List.of(100.0, 250.0, 500.0, 1000.0)));

        ClassificationResult run = classify(
                policy,
                List.of(
                        buyer("A", 50, 30).build(),
                        buyer("B", 300, 31, 40, 50).build(),
                        buyer("C", 200, 241, 250, 260, 270, 280, 290, 300, 310).build()));

        assertEquals(List.of(5, 4, 1), scores(run, 'R'));
        assertEquals(List.of(1, 3, 5), scores(run, 'F'));
        assertEquals(List.of(1, 4, 5), scores(run, 'M'));
    }

    @Test
    void frequencyCountsPurchasesOrDistinctDaysAsThePolicySays() {
        CustomerSummary twoOrdersOneDay = buyer("A", 40, 7, 7, 20).build();

        CustomerScore byDays = classify(List.of(twoOrdersOneDay)).score(0);
        CustomerScore byPurchases = classify(
                        ClassificationPolicy.defaults().withFrequency(FrequencyMeasure.PURCHASES),
                        List.of(twoOrdersOneDay))
                .score(0);

        assertEquals(2.0, byDays.rfm().frequency());
        assertEquals(3.0, byPurchases.rfm().frequency());
    }

    @Test
    void monetaryIsTheSumOrTheMeanAndReturnsReduceIt() {
        List<PurchaseLine> lines = new ArrayList<>(Buyers.lines(100, 10, 20));
        lines.add(new PurchaseLine(Buyers.AS_OF.minusDays(5), -30, -9));
        CustomerSummary customer = CustomerSummary.builder("R")
                .purchases(lines, Buyers.AS_OF, Buyers.WINDOW)
                .build();

        CustomerScore sum = classify(List.of(customer)).score(0);
        CustomerScore mean = classify(
                        ClassificationPolicy.defaults().withMonetary(MonetaryMeasure.MEAN), List.of(customer))
                .score(0);

        assertEquals(170.0, sum.rfm().monetary(), 1e-9);
        assertEquals(85.0, mean.rfm().monetary(), 1e-9);
        assertEquals(2.0, sum.rfm().frequency(), "a return is not a purchase day");
        assertTrue(sum.rfm().recencyDays().getAsInt() == 10, "a return does not make the customer recent");
    }
}
