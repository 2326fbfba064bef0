package com.strata.scoring;

import static com.strata.scoring.Buyers.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.tiering.TierHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static final List<CustomerSummary> BASE = SyntheticBase.draw(3000, AS_OF, 23L);

    private static CustomerSummary withHistory(CustomerSummary customer, TierHistory history) {
        return new CustomerSummary(
                customer.code(),
                customer.customerSince(),
                customer.history(),
                customer.window(),
                customer.trend(),
                customer.relationship(),
                history,
                null);
    }

    @Test
    void everyScoreExplainsItselfItemByItemInBothLanguages() {
        CustomerScore score = Buyers.classify(BASE).score(0);

        List<Class<?>> kinds = score.explanation().items().stream()
                .<Class<?>>map(Object::getClass)
                .toList();
        assertEquals(
                List.of(
                        RfmFacts.class,
                        SegmentFacts.class,
                        ValueFacts.class,
                        ModelFacts.class,
                        StageFacts.class,
                        ChurnFacts.class,
                        TierFacts.class,
                        NextStep.class),
                kinds);
        assertEquals(score.explanation().chinese(), score.explanation().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(score.explanation().english(), score.explanation().in(Locale.ENGLISH));
        assertTrue(score.explanation().english().get(1).contains(score.segment().english()));
        assertTrue(score.explanation().chinese().get(1).contains(score.segment().chinese()));
    }

    @Test
    void theValueLineAddsUpToTheIndex() {
        CustomerScore score = Buyers.classify(BASE).score(7);
        ValueIndex v = score.value();

        assertEquals(v.index(), 4.0 / 7 * v.current() + 2.0 / 7 * v.potential() + 1.0 / 7 * v.relationship(), 1e-9);
        assertTrue(score.explanation()
                .find(ValueFacts.class)
                .get(0)
                .english()
                .startsWith("Value index " + Numbers.fixed(v.index(), 1) + " = 0.571 × current"));
    }

    @Test
    void aCustomerBelowTheTopIsToldTheGapToTheNextTier() {
        ClassificationResult run = Buyers.classify(BASE);
        CustomerScore bronze = run.scores().stream()
                .filter(s -> s.tier().assigned().equals("Bronze"))
                .findFirst()
                .orElseThrow();

        NextStep next = bronze.explanation().find(NextStep.class).get(0);
        double silverThreshold = run.diagnostics().tierThresholds().get(3).minimumValueIndex();
        assertEquals(NextStep.Kind.REACH, next.kind());
        assertEquals("Silver", next.tier());
        assertEquals(silverThreshold - bronze.value().index(), next.gap(), 1e-9);
        assertTrue(next.english().startsWith("To reach Silver: raise the value index by "), next.english());
        assertTrue(next.chinese().startsWith("升至白银：价值指数需提高 "), next.chinese());
    }

    @Test
    void aCustomerOneRunFromADowngradeIsToldWhatKeepsTheirTier() {
        List<CustomerSummary> base = new ArrayList<>(BASE);
        ClassificationResult first = Buyers.classify(base);
        int bronze = first.scores()
                .indexOf(first.scores().stream()
                        .filter(s -> s.tier().proposed().equals("Bronze"))
                        .findFirst()
                        .orElseThrow());
        base.set(bronze, withHistory(base.get(bronze), new TierHistory("Gold", 0)));

        CustomerScore warned = Buyers.classify(base).score(bronze);

        assertEquals("Gold", warned.tier().assigned());
        assertTrue(warned.tier().downgradeWarning());
        NextStep keep = warned.explanation().find(NextStep.class).get(0);
        assertEquals(NextStep.Kind.KEEP, keep.kind());
        assertEquals("Silver", keep.fallbackTier());
        assertTrue(keep.english().startsWith("Downgrade warning: to keep Gold, reach its threshold "));
        assertTrue(warned.explanation()
                .find(TierFacts.class)
                .get(0)
                .english()
                .contains("Stays Gold: qualified lower in 1 of the 2 consecutive runs a downgrade needs."));
    }

    @Test
    void theTopTierIsToldWhatKeepsIt() {
        ClassificationResult run = Buyers.classify(BASE);
        CustomerScore diamond = run.scores().stream()
                .filter(s -> s.tier().assigned().equals("Diamond")
                        && s.tier().proposed().equals("Diamond"))
                .findFirst()
                .orElseThrow();

        NextStep next = diamond.explanation().find(NextStep.class).get(0);
        assertEquals(NextStep.Kind.TOP, next.kind());
        assertTrue(diamond.explanation().find(TierFacts.class).get(0).english().contains("(top 1% of this base)"));
    }

    @Test
    void numbersAreFormattedTheSameWayEverywhere() {
        assertEquals("1,234,567.89", Numbers.amount(1234567.891));
        assertEquals("-0.50", Numbers.fixed(-0.5, 2));
        assertEquals("0.0", Numbers.fixed(-0.01, 1));
        assertEquals("35%", Numbers.percent(0.349));
        assertEquals("7", Numbers.count(7));
        assertEquals("2.50", Numbers.count(2.5));
    }
}
