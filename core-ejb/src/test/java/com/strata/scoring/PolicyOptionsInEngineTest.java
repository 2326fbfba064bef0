package com.strata.scoring;

import static com.strata.scoring.Buyers.AS_OF;
import static com.strata.scoring.Buyers.buyer;
import static com.strata.scoring.Buyers.classify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.ChurnRules;
import com.strata.policy.ClassificationPolicy;
import com.strata.policy.ClvOptions;
import com.strata.policy.Hysteresis;
import com.strata.policy.LifecycleRules;
import com.strata.policy.ModelTimeUnit;
import com.strata.tiering.TierHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyOptionsInEngineTest {

    private static final List<CustomerSummary> BASE = SyntheticBase.draw(3000, AS_OF, 31L);
    private static final ClassificationPolicy DEFAULTS = ClassificationPolicy.defaults();

    @Test
    void fittingInDaysOrWeeksGivesTheSameForecasts() {
        // BG/NBD is invariant to the time unit: alpha scales by 7, the other parameters and every forecast stay.
        ClassificationResult weeks = classify(DEFAULTS, BASE);
        ClassificationResult days = classify(DEFAULTS.withClv(new ClvOptions(ModelTimeUnit.DAYS, 12, 0.10)), BASE);

        double alphaWeeks =
                weeks.diagnostics().purchaseModel().parameters().orElseThrow().alpha();
        double alphaDays =
                days.diagnostics().purchaseModel().parameters().orElseThrow().alpha();
        assertEquals(7 * alphaWeeks, alphaDays, 1e-4 * alphaDays);
        for (int i = 0; i < 50; i++) {
            assertEquals(
                    weeks.score(i).clv().expectedPurchases().getAsDouble(),
                    days.score(i).clv().expectedPurchases().getAsDouble(),
                    1e-4);
            assertEquals(
                    weeks.score(i).clv().probabilityAlive().getAsDouble(),
                    days.score(i).clv().probabilityAlive().getAsDouble(),
                    1e-4);
        }
    }

    @Test
    void aLongerHorizonExpectsMoreAndDiscountingLowersTheValue() {
        ClassificationResult year = classify(DEFAULTS, BASE);
        ClassificationResult twoYears = classify(DEFAULTS.withClv(new ClvOptions(ModelTimeUnit.WEEKS, 24, 0.10)), BASE);
        ClassificationResult undiscounted =
                classify(DEFAULTS.withClv(new ClvOptions(ModelTimeUnit.WEEKS, 12, 0)), BASE);

        for (int i = 0; i < 50; i++) {
            ClvEstimate base = year.score(i).clv();
            assertTrue(twoYears.score(i).clv().expectedPurchases().getAsDouble()
                    > base.expectedPurchases().getAsDouble());
            double plain = undiscounted.score(i).clv().predicted().getAsDouble();
            assertTrue(base.predicted().getAsDouble() < plain);
            assertEquals(
                    plain,
                    base.expectedPurchases().getAsDouble()
                            * base.expectedSpend().getAsDouble(),
                    1e-9 * plain,
                    "without discounting, CLV is expected purchases times expected spend");
        }
    }

    @Test
    void aOneRunHysteresisDowngradesAtOnce() {
        CustomerSummary customer = buyer("WAS_GOLD", 10, 300)
                .tierHistory(new TierHistory("Gold", 0))
                .build();

        CustomerScore patient = classify(DEFAULTS, List.of(customer)).score(0);
        CustomerScore impatient = classify(DEFAULTS.withHysteresis(new Hysteresis(1, true)), List.of(customer))
                .score(0);

        assertEquals("Gold", patient.tier().assigned());
        assertEquals("Silver", impatient.tier().assigned());
    }

    @Test
    void lifecycleParametersMoveTheStageBoundaries() {
        CustomerSummary monthOld = buyer("M", 50, 30, 5).build();
        LifecycleRules shortNew = new LifecycleRules(10, 365, 0.20, 2.0, 0.30, 0.50, 365, 3.0, 0.10);

        assertEquals(
                LifecycleStage.NEW,
                classify(DEFAULTS, List.of(monthOld)).score(0).stage());
        assertEquals(
                LifecycleStage.GROWING,
                classify(DEFAULTS.withLifecycle(shortNew), List.of(monthOld))
                        .score(0)
                        .stage());
    }

    @Test
    void theChurnWarningThresholdComesFromThePolicy() {
        List<CustomerSummary> base = List.of(buyer("OVERDUE", 80, 100, 130, 160).build());
        ChurnRules sensitive = new ChurnRules(0.50, 0.25, 0.15, 0.10, 3.0, 2, 0.40);

        assertEquals(false, classify(DEFAULTS, base).score(0).churn().warning());
        assertEquals(
                true,
                classify(DEFAULTS.withChurn(sensitive), base).score(0).churn().warning());
    }
}
