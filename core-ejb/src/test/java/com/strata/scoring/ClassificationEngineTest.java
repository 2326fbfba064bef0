package com.strata.scoring;

import static com.strata.scoring.Buyers.AS_OF;
import static com.strata.scoring.Buyers.buyer;
import static com.strata.scoring.Buyers.classify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.ClassificationPolicy;
import com.strata.scoring.clv.BgNbdFit;
import com.strata.scoring.clv.ClvProjector;
import com.strata.scoring.clv.DiagnosticCode;
import com.strata.tiering.DecisionRule;
import com.strata.tiering.TierHistory;
import com.strata.tiering.TierOverride;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationEngineTest {

    private static final List<CustomerSummary> MODERATE_BASE = SyntheticBase.draw(4000, AS_OF, 11L);

    private static void assertValid(CustomerScore score) {
        assertTrue(score.rfm().recencyScore() >= 1 && score.rfm().recencyScore() <= 5);
        assertTrue(score.rfm().frequencyScore() >= 1 && score.rfm().frequencyScore() <= 5);
        assertTrue(score.rfm().monetaryScore() >= 1 && score.rfm().monetaryScore() <= 5);
        assertTrue(score.value().index() >= 0 && score.value().index() <= 100);
        assertTrue(score.churn().risk() >= 0 && score.churn().risk() <= 1);
        assertFalse(score.explanation().english().isEmpty());
        assertEquals(
                score.explanation().english().size(),
                score.explanation().chinese().size());
    }

    @Test
    void aBaseOfOneTwoOrFiveCustomersStillGetsValidScoresAndSaysWhyNothingWasFitted() {
        for (int size : new int[] {1, 2, 5}) {
            List<CustomerSummary> base = MODERATE_BASE.subList(0, size);

            ClassificationResult run = classify(base);

            assertEquals(size, run.size());
            run.scores().forEach(ClassificationEngineTest::assertValid);
            assertFalse(run.diagnostics().purchaseModel().isFitted());
            assertEquals(
                    "purchase model not fitted: only " + size + " customers have a purchase; it needs at least 30",
                    run.diagnostics().messages().get(0).english());
            assertTrue(run.diagnostics().messages().stream()
                    .anyMatch(m -> m.english().startsWith("predicted CLV unavailable")));
        }
    }

    @Test
    void aBaseWhoseFrequentBuyersSpendMorePerPurchaseIsScoredWithAWarningAboutTheSpendModel() {
        List<CustomerSummary> base = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int days = 2 + i % 8;
            List<PurchaseLine> lines = new ArrayList<>();
            for (int j = 0; j < days; j++) {
                double amount = 10 * days * days * Math.exp(Math.sin(2.3 * i)) * (1 + 0.5 * Math.sin(7 * i + 3 * j));
                lines.add(new PurchaseLine(AS_OF.minusDays(5 + 40L * j + i % 11), amount, 0.3 * amount));
            }
            base.add(CustomerSummary.builder("C" + i)
                    .purchases(lines, AS_OF, Buyers.WINDOW)
                    .build());
        }

        RunDiagnostics diagnostics = classify(base).diagnostics();

        assertTrue(
                diagnostics.spendModel().frequencySpendCorrelation() >= 0.3,
                diagnostics.spendModel().toString());
        assertTrue(
                diagnostics.messages().stream().anyMatch(m -> m.code() == DiagnosticCode.SPEND_DEPENDS_ON_FREQUENCY),
                diagnostics.messages().toString());
    }

    @Test
    void anEmptyBaseIsAnEmptyRun() {
        ClassificationResult run = classify(List.of());

        assertEquals(0, run.size());
        assertFalse(run.diagnostics().purchaseModel().isFitted());
    }

    @Test
    void aModerateBaseFitsBothModelsAndReportsThem() {
        ClassificationResult run = classify(MODERATE_BASE);

        RunDiagnostics diagnostics = run.diagnostics();
        assertTrue(diagnostics.purchaseModel().converged());
        assertTrue(diagnostics.spendModel().converged());
        assertEquals(4000, diagnostics.purchaseModel().customersFitted());
        assertTrue(diagnostics.purchaseModel().logLikelihood() < 0);
        assertEquals(
                1.0, diagnostics.purchaseModel().calibration().orElseThrow().ratio(), 0.05);
        assertEquals(List.of(), diagnostics.messages());
        assertEquals(4.0 / 7, diagnostics.valueWeights().weight(0), 1e-12);
        run.scores().forEach(score -> {
            assertValid(score);
            assertTrue(score.clv().predicted().isPresent());
            double pAlive = score.clv().probabilityAlive().getAsDouble();
            assertTrue(pAlive >= 0 && pAlive <= 1);
        });
    }

    @Test
    void aFreeItemOnlyCustomerIsFittedWithNoRepeatsAndTheTenureOfTheirFreeOrder() {
        List<CustomerSummary> base = new ArrayList<>(MODERATE_BASE);
        base.add(CustomerSummary.builder("FREE_SAMPLE")
                .purchases(List.of(new PurchaseLine(AS_OF.minusDays(210), 0, -3)), AS_OF, Buyers.WINDOW)
                .build());

        ClassificationResult run = classify(base);

        BgNbdFit fit = run.diagnostics().purchaseModel();
        assertEquals(4001, fit.customersFitted(), "the free-item customer enters the BG/NBD fit");
        ClvEstimate clv = run.score(4000).clv();
        assertTrue(clv.purchased());
        assertTrue(clv.singlePurchaseDay(), "x = 0");
        assertEquals(1.0, clv.probabilityAlive().getAsDouble());
        ClassificationPolicy policy = ClassificationPolicy.defaults();
        ClvProjector projector = new ClvProjector(fit.parameters().orElseThrow(), policy.clv());
        projector.project(0, 0, 210.0 / policy.clv().timeUnit().days());
        assertEquals(projector.expectedPurchases(), clv.expectedPurchases().getAsDouble(), 1e-12, "T = 210 days");
    }

    @Test
    void theSameInputPolicyAndDateAlwaysGiveTheSameResult() {
        ClassificationResult first = classify(MODERATE_BASE);
        ClassificationResult second = classify(MODERATE_BASE);

        assertEquals(first.diagnostics(), second.diagnostics());
        assertEquals(first.scores(), second.scores());
    }

    @Test
    void tierThresholdsFollowTheTopSharesOfTheBase() {
        ClassificationResult run = classify(MODERATE_BASE);

        long diamonds = run.scores().stream()
                .filter(s -> s.tier().proposed().equals("Diamond"))
                .count();
        long bronzes = run.scores().stream()
                .filter(s -> s.tier().proposed().equals("Bronze"))
                .count();
        assertEquals(40, diamonds, "1% of 4,000 (no ties at the cut-off in this base)");
        assertEquals(2000, bronzes, "the half below the top 50%");
        assertEquals("Diamond", run.diagnostics().tierThresholds().get(0).tier());
    }

    @Test
    void previousTiersAndOverridesAreHonouredPerCustomer() {
        CustomerSummary template = MODERATE_BASE.get(0);
        List<CustomerSummary> base = new java.util.ArrayList<>(MODERATE_BASE);
        base.set(
                0,
                new CustomerSummary(
                        template.code(),
                        template.customerSince(),
                        template.history(),
                        template.window(),
                        template.trend(),
                        template.relationship(),
                        new TierHistory("Silver", 0),
                        new TierOverride("Diamond", AS_OF.plusDays(30), "strategic account", "s.chen")));

        CustomerScore pinned = classify(base).score(0);

        assertEquals("Diamond", pinned.tier().assigned());
        assertEquals(DecisionRule.OVERRIDDEN, pinned.tier().rule());
        assertTrue(pinned.explanation().english().stream().anyMatch(line -> line.contains("strategic account")));
    }

    @Test
    void anImpossibleSummaryIsRefusedNamingTheCustomerAndTheFix() {
        CustomerSummary future = CustomerSummary.builder("C-17")
                .history(new PurchaseHistory(AS_OF.minusDays(10), AS_OF.plusDays(2), 2, 40, 12))
                .build();

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> classify(List.of(future)));

        assertEquals(
                "customer C-17: last purchase day 2025-04-02 is after the as-of date 2025-03-31; aggregate only "
                        + "purchases up to the as-of date",
                refused.getMessage());
    }

    @Test
    void countingPurchaseLinesInsteadOfDaysIsCaught() {
        CustomerSummary lines = CustomerSummary.builder("C-9")
                .history(new PurchaseHistory(AS_OF.minusDays(3), AS_OF.minusDays(1), 5, 40, 12))
                .build();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> classify(List.of(lines)));

        assertTrue(refused.getMessage().startsWith("customer C-9: 5 distinct purchase days cannot fit"));
    }

    @Test
    void scoresComeBackInInputOrderWithTheirCodes() {
        ClassificationResult run = classify(buyer("Z", 10, 5), buyer("A", 10, 6));

        assertEquals(
                List.of("Z", "A"),
                run.scores().stream().map(CustomerScore::customerCode).toList());
        assertEquals(
                ClassificationPolicy.defaults().tiers().tiers().size(),
                run.diagnostics().tierThresholds().size());
    }
}
