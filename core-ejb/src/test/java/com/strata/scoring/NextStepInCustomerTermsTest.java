package com.strata.scoring;

import static com.strata.scoring.Buyers.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.ClassificationPolicy;
import com.strata.policy.TierLadder;
import com.strata.tiering.TierHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A next step told in the customer's own terms: the spend within the window, or the purchase days, that would reach
 * (or keep) a tier at this run's cut-offs. Proven on a hand-built base of 40 buyers under fixed thresholds (Gold
 * 65, Silver 50), so "this run's cut-offs" stay put when the customer's purchases are changed and the base scored
 * again.
 */
class NextStepInCustomerTermsTest {

    private static final ClassificationPolicy FIXED_CUTOFFS = ClassificationPolicy.defaults()
            .withTiers(TierLadder.absolute(List.of("Gold", "Silver", "Bronze"), List.of(65.0, 50.0)));

    /** Customer i spends 10 × i on each of 1 + i % 6 days inside the window. */
    private static List<CustomerSummary> base() {
        List<CustomerSummary> base = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            base.add(buyer(i, List.of()).build());
        }
        return base;
    }

    private static CustomerSummary.Builder buyer(int i, List<PurchaseLine> extra) {
        List<PurchaseLine> lines = new ArrayList<>();
        for (int d = 0; d <= i % 6; d++) {
            lines.add(new PurchaseLine(AS_OF.minusDays(10 + 40 * d + i), 10.0 * i, 3.0 * i));
        }
        lines.addAll(extra);
        return CustomerSummary.builder("C" + i).purchases(lines, AS_OF, Buyers.WINDOW);
    }

    private static ClassificationResult classify(List<CustomerSummary> base) {
        return Buyers.classify(FIXED_CUTOFFS, base);
    }

    private static NextStep nextStep(CustomerScore score) {
        return score.explanation().find(NextStep.class).get(0);
    }

    /** The first customer of the run whose next step matches. */
    private static int first(ClassificationResult run, Predicate<NextStep> wanted) {
        for (int i = 0; i < run.scores().size(); i++) {
            if (wanted.test(nextStep(run.score(i)))) {
                return i;
            }
        }
        throw new AssertionError("no customer of the base has such a next step");
    }

    private static double more(NextStep step, NextStep.Measure measure) {
        return step.moves().stream()
                .filter(m -> m.measure() == measure)
                .findFirst()
                .orElseThrow()
                .more();
    }

    /** The base scored again with extra purchase lines for customer {@code i}. */
    private static CustomerScore withExtra(int i, List<PurchaseLine> extra) {
        List<CustomerSummary> base = base();
        base.set(i, buyer(i + 1, extra).build());
        return classify(base).score(i);
    }

    @Test
    void theSpendAndThePurchaseDaysTheNextStepNamesEachReachTheTier() {
        ClassificationResult run = classify(base());
        int i = first(run, s -> s.kind() == NextStep.Kind.REACH && s.moves().size() == 2);
        NextStep step = nextStep(run.score(i));
        double spend = more(step, NextStep.Measure.WINDOW_SPEND);
        int days = (int) more(step, NextStep.Measure.PURCHASE_DAYS);
        String target = step.tier();

        assertTrue(
                step.english()
                        .endsWith(" About " + Numbers.whole(spend) + " more in purchases within the window, or " + days
                                + " more purchase day" + (days == 1 ? "" : "s") + ", would reach " + target
                                + " at this run's cut-offs."),
                step.english());
        assertTrue(
                step.chinese()
                        .endsWith("按本次运行的门槛，窗口内再消费约 " + Numbers.whole(spend) + "，或再增加 " + days + " 个购买日，即可升至"
                                + TierNames.chinese(target) + "。"),
                step.chinese());

        // The spend on a day the customer already bought on, so it adds neither a purchase day nor margin.
        var lastDay = AS_OF.minusDays(10 + i + 1);
        assertEquals(
                target,
                withExtra(i, List.of(new PurchaseLine(lastDay, spend, 0)))
                        .tier()
                        .proposed());
        List<PurchaseLine> smallDays = new ArrayList<>();
        for (int d = 1; d <= days; d++) {
            smallDays.add(new PurchaseLine(AS_OF.minusDays(d), 0.01, 0));
        }
        assertEquals(target, withExtra(i, smallDays).tier().proposed());
        // And it is not padded: half the spend does not reach the tier.
        assertFalse(target.equals(withExtra(i, List.of(new PurchaseLine(lastDay, spend / 2, 0)))
                .tier()
                .proposed()));
    }

    @Test
    void aLeverThatCannotCloseTheGapAloneIsLeftOut() {
        ClassificationResult run = classify(base());
        int spendOnly = first(
                run,
                s -> s.kind() == NextStep.Kind.REACH
                        && s.moves().size() == 1
                        && s.moves().get(0).measure() == NextStep.Measure.WINDOW_SPEND);
        NextStep step = nextStep(run.score(spendOnly));
        assertFalse(step.english().contains("purchase day"), step.english());
        assertFalse(step.chinese().contains("购买日"), step.chinese());

        int none = first(run, s -> s.kind() == NextStep.Kind.REACH && s.moves().isEmpty());
        NextStep stuck = nextStep(run.score(none));
        assertFalse(stuck.english().contains("cut-offs"), stuck.english());
        assertFalse(stuck.chinese().contains("本次运行的门槛"), stuck.chinese());
        // Ten times the base's biggest window spend, on a day they already bought on, is still not enough alone.
        CustomerScore topSpender =
                withExtra(none, List.of(new PurchaseLine(AS_OF.minusDays(10 + none + 1), 21_000, 0)));
        assertFalse(stuck.tier().equals(topSpender.tier().proposed()));
    }

    @Test
    void aDowngradeWarningSaysWhatSpendKeepsTheTier() {
        ClassificationResult first = classify(base());
        int i = first(
                first,
                s -> s.kind() == NextStep.Kind.REACH
                        && s.tier().equals("Gold")
                        && s.moves().stream().anyMatch(m -> m.measure() == NextStep.Measure.WINDOW_SPEND));
        List<CustomerSummary> base = base();
        base.set(
                i,
                buyer(i + 1, List.of()).tierHistory(new TierHistory("Gold", 0)).build());

        CustomerScore warned = classify(base).score(i);

        assertTrue(warned.tier().downgradeWarning());
        NextStep keep = nextStep(warned);
        assertEquals(NextStep.Kind.KEEP, keep.kind());
        double spend = more(keep, NextStep.Measure.WINDOW_SPEND);
        assertTrue(keep.english().contains(" more in purchases within the window"), keep.english());
        assertTrue(keep.english().endsWith(" would keep Gold at this run's cut-offs."), keep.english());
        assertTrue(keep.chinese().contains("按本次运行的门槛，窗口内再消费约 "), keep.chinese());
        assertTrue(keep.chinese().endsWith("即可保持黄金。"), keep.chinese());

        base.set(
                i,
                buyer(i + 1, List.of(new PurchaseLine(AS_OF.minusDays(10 + i + 1), spend, 0)))
                        .tierHistory(new TierHistory("Gold", 0))
                        .build());
        CustomerScore kept = classify(base).score(i);
        assertEquals("Gold", kept.tier().proposed());
        assertFalse(kept.tier().downgradeWarning());
    }
}
