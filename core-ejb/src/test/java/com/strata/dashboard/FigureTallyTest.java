package com.strata.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTallyTest {

    private static final List<String> LADDER = List.of("Diamond", "Gold", "Bronze");
    private static final double CENT = 0.005;

    @Test
    void tierFiguresFollowTheLadderAndCountEveryTierEvenEmpty() {
        FigureTally tally = new FigureTally(LADDER, 4);
        tally.add("Bronze", 1, 1, Segment.HIBERNATING, LifecycleStage.CHURNED, 10.10, 5, 0.9, true);
        tally.add("Diamond", 5, 5, Segment.CHAMPIONS, LifecycleStage.MATURE, 1000, 2000, 0.1, false);
        tally.add("Bronze", 1, 2, Segment.HIBERNATING, LifecycleStage.DECLINING, 20.20, Double.NaN, 0.8, true);

        RunFigures figures = tally.figures();

        assertEquals(
                List.of("Diamond", "Gold", "Bronze"),
                figures.tiers().stream().map(RunFigures.TierFigure::tier).toList());
        RunFigures.TierFigure bronze = figures.tiers().get(2);
        assertEquals(2, bronze.customers());
        assertEquals(30.30, bronze.revenue(), 1e-9, "revenue is summed in cents");
        assertEquals(2, bronze.churnWarnings());
        assertEquals(5, bronze.valueAtRisk(), 1e-9, "a customer without a predicted CLV puts nothing at risk");
        assertEquals(0, figures.tiers().get(1).customers());
        assertEquals(1030.30, figures.revenue(), 1e-9);
        assertEquals(2005, figures.predictedClv(), 1e-9);
    }

    @Test
    void valueAtRiskIsThePredictedClvOfCustomersWithAChurnWarningOnly() {
        FigureTally tally = new FigureTally(LADDER, 3);
        tally.add("Gold", 2, 3, Segment.AT_RISK, LifecycleStage.DECLINING, 100, 400, 0.7, true);
        tally.add("Gold", 3, 3, Segment.NEED_ATTENTION, LifecycleStage.MATURE, 100, 600, 0.69, false);
        tally.add("Gold", 1, 3, Segment.AT_RISK, LifecycleStage.DECLINING, 100, 50, 0.9, true);

        RunFigures.TierFigure gold = tally.figures().tiers().get(1);

        assertEquals(450, gold.valueAtRisk(), 1e-9);
        assertEquals(1050, gold.predictedClv(), 1e-9);
        assertEquals(2, gold.churnWarnings());
    }

    @Test
    void paretoSharesReadTheTopCustomersByEachMeasure() {
        // Ten customers: one spends 50 of 100, the others about 5.56 each; CLV runs the other way round.
        FigureTally tally = new FigureTally(LADDER, 10);
        tally.add("Diamond", 5, 5, Segment.CHAMPIONS, LifecycleStage.MATURE, 50, 10, 0, false);
        for (int i = 0; i < 9; i++) {
            tally.add("Gold", 3, 3, Segment.NEED_ATTENTION, LifecycleStage.MATURE, 50 / 9.0, 110, 0, false);
        }

        List<RunFigures.ParetoPoint> pareto = tally.figures().pareto();

        RunFigures.ParetoPoint top10 =
                pareto.stream().filter(p -> p.customers() == 1).findFirst().orElseThrow();
        assertEquals(0.1, top10.customerShare(), 1e-12);
        assertEquals(0.5, top10.revenueShare(), CENT);
        assertEquals(50, top10.revenueFloor(), 1e-9);
        assertEquals(0.11, top10.clvShare(), 1e-9, "the top CLV customer holds 110 of 1000");
        RunFigures.ParetoPoint top20 =
                pareto.stream().filter(p -> p.customers() == 2).findFirst().orElseThrow();
        assertEquals(0.5 + 5.56 / 100, top20.revenueShare(), CENT);
        RunFigures.ParetoPoint all = pareto.get(pareto.size() - 1);
        assertEquals(10, all.customers());
        assertEquals(1, all.revenueShare(), 1e-12);
        assertEquals(1, all.clvShare(), 1e-12);
        assertEquals(10, all.clvFloor(), 1e-9);
    }

    @Test
    void paretoPointsAreNeverRepeatedForASmallBase() {
        FigureTally tally = new FigureTally(LADDER, 3);
        for (int i = 0; i < 3; i++) {
            tally.add("Gold", 3, 3, Segment.NEED_ATTENTION, LifecycleStage.MATURE, i, i, 0, false);
        }

        List<Long> customers = tally.figures().pareto().stream()
                .map(RunFigures.ParetoPoint::customers)
                .toList();

        assertEquals(List.of(1L, 2L, 3L), customers);
    }

    @Test
    void aBaseWithoutRevenueHasZeroSharesNotDivisionsByZero() {
        FigureTally tally = new FigureTally(LADDER, 1);
        tally.add("Bronze", 1, 1, Segment.HIBERNATING, LifecycleStage.CHURNED, 0, Double.NaN, 1, true);

        RunFigures.ParetoPoint only = tally.figures().pareto().get(0);

        assertEquals(0, only.revenueShare());
        assertEquals(0, only.clvShare());
    }

    @Test
    void gridCellsCountCustomersAndRevenueAndNameTheLargestSegmentFirst() {
        FigureTally tally = new FigureTally(LADDER, 4);
        tally.add("Gold", 4, 4, Segment.LOYAL, LifecycleStage.MATURE, 10, 1, 0, false);
        tally.add("Gold", 4, 4, Segment.LOYAL, LifecycleStage.MATURE, 20, 1, 0, false);
        tally.add("Gold", 4, 4, Segment.CHAMPIONS, LifecycleStage.MATURE, 30, 1, 0, false);
        tally.add("Bronze", 1, 2, Segment.HIBERNATING, LifecycleStage.CHURNED, 0, 1, 0, false);

        List<RunFigures.GridCell> grid = tally.figures().grid();

        assertEquals(2, grid.size());
        RunFigures.GridCell cell = grid.get(1);
        assertEquals(4, cell.r());
        assertEquals(4, cell.f());
        assertEquals(3, cell.customers());
        assertEquals(60, cell.revenue(), 1e-9);
        assertEquals(
                List.of(
                        new RunFigures.SegmentCount(Segment.LOYAL, 2),
                        new RunFigures.SegmentCount(Segment.CHAMPIONS, 1)),
                cell.segments());
        assertEquals(1, grid.get(0).r());
    }

    @Test
    void clvBucketsRunWithoutGapsFromTheLowestToTheHighestHeldAndLeaveUnpredictedOut() {
        FigureTally tally = new FigureTally(LADDER, 4);
        tally.add("Gold", 3, 3, Segment.NEED_ATTENTION, LifecycleStage.MATURE, 0, 15, 0, false);
        tally.add("Gold", 3, 3, Segment.NEED_ATTENTION, LifecycleStage.MATURE, 0, 150, 0, false);
        tally.add("Gold", 3, 3, Segment.NEED_ATTENTION, LifecycleStage.MATURE, 0, 250, 0, false);
        tally.add("Gold", 3, 3, Segment.NEED_ATTENTION, LifecycleStage.MATURE, 0, Double.NaN, 0, false);

        RunFigures figures = tally.figures();

        assertEquals(1, figures.clvNotPredicted());
        assertEquals(
                List.of(
                        new RunFigures.Bucket(10, 30.0, 1, 15),
                        new RunFigures.Bucket(30, 100.0, 0, 0),
                        new RunFigures.Bucket(100, null, 2, 400)),
                figures.clv());
    }

    @Test
    void churnBucketsAreAlwaysTenAndTheFunnelHasEveryStageInOrder() {
        FigureTally tally = new FigureTally(LADDER, 2);
        tally.add("Gold", 3, 3, Segment.NEED_ATTENTION, LifecycleStage.GROWING, 5, 1, 0.35, false);
        tally.add("Gold", 3, 3, Segment.NEED_ATTENTION, LifecycleStage.GROWING, 5, 1, 1.0, true);

        RunFigures figures = tally.figures();

        assertEquals(10, figures.churn().size());
        assertEquals(1, figures.churn().get(3).customers());
        assertEquals(1, figures.churn().get(9).customers());
        assertNull(figures.churn().get(9).high());
        assertEquals(
                List.of(
                        LifecycleStage.NEW,
                        LifecycleStage.GROWING,
                        LifecycleStage.MATURE,
                        LifecycleStage.DECLINING,
                        LifecycleStage.CHURNED),
                figures.stages().stream().map(RunFigures.StageFigure::stage).toList());
        assertEquals(2, figures.stages().get(1).customers());
        assertEquals(10, figures.stages().get(1).revenue(), 1e-9);
    }

    @Test
    void aTallyGrowsPastItsExpectedSize() {
        FigureTally tally = new FigureTally(LADDER, 0);
        for (int i = 0; i < 100; i++) {
            tally.add("Gold", 3, 3, Segment.NEED_ATTENTION, LifecycleStage.MATURE, 1, 1, 0, false);
        }

        assertEquals(100, tally.figures().customers());
        assertEquals(1, tally.figures().pareto().get(0).customers());
    }
}
