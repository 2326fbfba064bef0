package com.strata.scoring;

import static com.strata.scoring.Buyers.AS_OF;
import static com.strata.scoring.Buyers.buyer;
import static com.strata.scoring.Buyers.classify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.ChurnRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LifecycleAndChurnTest {

    private static final RelationshipSignals TWO_OPEN_COMPLAINTS =
            new RelationshipSignals(0, Double.NaN, Double.NaN, 2, 2, 0);

    private static CustomerSummary.Builder risingBuyer() {
        List<PurchaseLine> lines = new ArrayList<>(Buyers.lines(50, 600, 500, 400));
        lines.addAll(Buyers.lines(100, 300, 200, 100, 20));
        return CustomerSummary.builder("RISING").purchases(lines, AS_OF, Buyers.WINDOW);
    }

    private static CustomerSummary.Builder fallingBuyer() {
        List<PurchaseLine> lines = new ArrayList<>(Buyers.lines(500, 430, 400));
        lines.addAll(Buyers.lines(100, 70, 40, 10));
        return CustomerSummary.builder("FALLING").purchases(lines, AS_OF, Buyers.WINDOW);
    }

    /** A small base (no model fits), so every stage comes from the documented rules alone. */
    private static ClassificationResult stages() {
        return classify(
                buyer("NEW", 80, 30),
                CustomerSummary.builder("PROSPECT").customerSince(AS_OF.minusDays(10)),
                CustomerSummary.builder("NEVER").customerSince(AS_OF.minusDays(400)),
                buyer("GONE", 80, 400, 430, 460),
                buyer("OVERDUE", 80, 100, 130, 160),
                fallingBuyer(),
                buyer("YOUNG", 80, 200, 150, 100, 50, 10),
                risingBuyer(),
                buyer(
                        "STEADY",
                        80,
                        IntStream.rangeClosed(0, 12).map(k -> 720 - 60 * k).toArray()));
    }

    @Test
    void eachLifecycleRuleDecidesTheStageItNames() {
        ClassificationResult run = stages();

        assertEquals(
                List.of(
                        LifecycleRule.FIRST_PURCHASE_RECENT,
                        LifecycleRule.NO_PURCHASE_YET,
                        LifecycleRule.NEVER_PURCHASED,
                        LifecycleRule.SILENT_TOO_LONG,
                        LifecycleRule.OVERDUE,
                        LifecycleRule.SPEND_FELL,
                        LifecycleRule.YOUNG_RELATIONSHIP,
                        LifecycleRule.SPEND_ROSE,
                        LifecycleRule.STEADY),
                run.scores().stream()
                        .map(s -> s.explanation().find(StageFacts.class).get(0).rule())
                        .toList());
        assertEquals(
                List.of(
                        LifecycleStage.NEW,
                        LifecycleStage.NEW,
                        LifecycleStage.CHURNED,
                        LifecycleStage.CHURNED,
                        LifecycleStage.DECLINING,
                        LifecycleStage.DECLINING,
                        LifecycleStage.GROWING,
                        LifecycleStage.GROWING,
                        LifecycleStage.MATURE),
                run.scores().stream().map(CustomerScore::stage).toList());
    }

    @Test
    void theStageExplanationQuotesTheRuleAndItsThreshold() {
        CustomerScore overdue = stages().score(4);

        assertEquals(
                "Lifecycle Declining: no purchase for 100 days, at least 60 days (2.0 × their usual gap of 30.0 "
                        + "days).",
                overdue.explanation().find(StageFacts.class).get(0).english());
        assertEquals(
                "生命周期：衰退期，已 100 天未购买，不少于 60 天（本人通常购买间隔 30.0 天的 2.0 倍）。",
                overdue.explanation().find(StageFacts.class).get(0).chinese());
    }

    @Test
    void withoutAModelChurnRiskIsTheRuleSignalsWithTheModelsWeightSharedOut() {
        ClassificationResult run = classify(
                buyer("OVERDUE", 80, 100, 130, 160),
                buyer("OVERDUE_COMPLAINING", 80, 100, 130, 160).relationship(TWO_OPEN_COMPLAINTS),
                buyer("RECENT", 80, 1, 31, 61));

        ChurnAssessment overdue = run.score(0).churn();
        ChurnAssessment complaining = run.score(1).churn();
        assertEquals(1.0, overdue.overdueSignal(), "100 days is more than 3 x the 30-day gap");
        assertEquals(0.25 / 0.5, overdue.risk(), 1e-12);
        assertFalse(overdue.warning());
        assertEquals((0.25 + 0.10) / 0.5, complaining.risk(), 1e-12);
        assertTrue(complaining.warning(), "0.70 reaches the 0.60 warning threshold");
        assertEquals(0.0, run.score(2).churn().risk(), 1e-12);
        assertTrue(overdue.modelSignal().isEmpty());
    }

    @Test
    void withAFittedModelRiskBlendsOneMinusPAliveWithTheRules() {
        ClassificationResult run = classify(SyntheticBase.draw(3000, AS_OF, 5L));
        ChurnRules rules = ChurnRules.defaults();

        int repeaters = 0;
        int oneDay = 0;
        for (CustomerScore score : run.scores()) {
            ChurnAssessment churn = score.churn();
            double rulePart = rules.overdueWeight() * churn.overdueSignal()
                    + rules.spendDropWeight() * churn.spendDropSignal()
                    + rules.complaintWeight() * churn.complaintSignal();
            if (score.clv().singlePurchaseDay()) {
                oneDay++;
                assertEquals(1.0, score.clv().probabilityAlive().getAsDouble());
                assertTrue(churn.modelSignal().isEmpty(), "P(alive) = 1 by construction says nothing");
                assertEquals(rulePart / 0.5, churn.risk(), 1e-12);
            } else {
                repeaters++;
                double model = 1 - score.clv().probabilityAlive().getAsDouble();
                assertEquals(model, churn.modelSignal().getAsDouble(), 1e-12);
                assertEquals(Math.min(1, rules.modelWeight() * model + rulePart), churn.risk(), 1e-12);
            }
            assertEquals(churn.risk() >= 0.6, churn.warning());
        }
        assertTrue(repeaters > 500 && oneDay > 500, repeaters + " repeaters, " + oneDay + " one-day customers");
    }

    @Test
    void aOneDayCustomerLongSilentIsFlaggedByTheRulesNotReassuredByTheModel() {
        List<CustomerSummary> base = new ArrayList<>(SyntheticBase.draw(3000, AS_OF, 5L));
        base.add(buyer("ONCE_LONG_AGO", 80, 700).build());

        CustomerScore once = classify(base).score(3000);

        assertEquals(1.0, once.clv().probabilityAlive().getAsDouble());
        assertTrue(once.clv().expectedPurchases().getAsDouble() < 0.5);
        assertEquals(1.0, once.churn().overdueSignal());
        assertEquals(LifecycleStage.CHURNED, once.stage());
        assertTrue(
                once.explanation().find(ModelFacts.class).get(0).english().contains("P(alive) is 1 by construction"));
    }
}
