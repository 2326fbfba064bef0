package com.strata.scoring;

import static com.strata.scoring.Buyers.buyer;
import static com.strata.scoring.Buyers.classify;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.policy.ClassificationPolicy;
import com.strata.policy.SegmentScheme;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentMapTest {

    private static Set<Segment> segmentsOf(SegmentScheme scheme) {
        EnumSet<Segment> all = EnumSet.noneOf(Segment.class);
        Arrays.stream(Segment.values()).filter(s -> s.scheme() == scheme).forEach(all::add);
        return all;
    }

    @Test
    void everyRfGridCellMapsToExactlyOneSegmentAndEverySegmentIsReachable() {
        SegmentMap map = SegmentMap.of(SegmentScheme.RF_GRID);
        EnumSet<Segment> reached = EnumSet.noneOf(Segment.class);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    int cellR = r;
                    int cellF = f;
                    int cellM = m;
                    assertEquals(
                            1,
                            map.rules().stream()
                                    .filter(rule -> rule.covers(cellR, cellF, cellM))
                                    .count(),
                            "R" + r + " F" + f + " M" + m);
                    reached.add(map.ruleFor(r, f, m).segment());
                }
            }
        }
        assertEquals(segmentsOf(SegmentScheme.RF_GRID), reached);
        assertEquals(10, reached.size());
    }

    @Test
    void everyHighLowCellMapsToExactlyOneOfTheEightClasses() {
        SegmentMap map = SegmentMap.of(SegmentScheme.RFM_HIGH_LOW);
        EnumSet<Segment> reached = EnumSet.noneOf(Segment.class);
        for (int r = 1; r <= 2; r++) {
            for (int f = 1; f <= 2; f++) {
                for (int m = 1; m <= 2; m++) {
                    int cellR = r;
                    int cellF = f;
                    int cellM = m;
                    assertEquals(
                            1,
                            map.rules().stream()
                                    .filter(rule -> rule.covers(cellR, cellF, cellM))
                                    .count());
                    reached.add(map.ruleFor(r, f, m).segment());
                }
            }
        }
        assertEquals(segmentsOf(SegmentScheme.RFM_HIGH_LOW), reached);
        assertEquals(8, reached.size());
    }

    @Test
    void theGridFollowsTheDesignTable() {
        SegmentMap map = SegmentMap.of(SegmentScheme.RF_GRID);

        assertEquals(Segment.CHAMPIONS, map.ruleFor(5, 5, 1).segment());
        assertEquals(Segment.CANT_LOSE_THEM, map.ruleFor(1, 5, 1).segment());
        assertEquals(Segment.NEED_ATTENTION, map.ruleFor(3, 3, 1).segment());
        assertEquals(Segment.LOYAL, map.ruleFor(3, 4, 1).segment());
        assertEquals(Segment.PROMISING, map.ruleFor(4, 1, 1).segment());
        assertEquals(Segment.NEW, map.ruleFor(5, 1, 1).segment());
        assertEquals(Segment.POTENTIAL_LOYALIST, map.ruleFor(4, 3, 1).segment());
        assertEquals(Segment.ABOUT_TO_SLEEP, map.ruleFor(3, 2, 1).segment());
        assertEquals(Segment.AT_RISK, map.ruleFor(2, 4, 1).segment());
        assertEquals(Segment.HIBERNATING, map.ruleFor(1, 1, 1).segment());
    }

    @Test
    void highLowClassesCompareEachValueWithTheBaseMean() {
        ClassificationPolicy policy = ClassificationPolicy.defaults().withSegmentScheme(SegmentScheme.RFM_HIGH_LOW);

        ClassificationResult run = classify(
                policy,
                List.of(
                        buyer("BEST", 500, 5, 15, 25).build(),
                        buyer("BIG_BUT_GONE", 900, 300).build(),
                        buyer("SMALL_REGULAR", 20, 8, 18, 28, 38).build(),
                        buyer("SMALL_GONE", 20, 320).build()));

        assertEquals(
                List.of(
                        Segment.IMPORTANT_VALUE,
                        Segment.IMPORTANT_WIN_BACK,
                        Segment.GENERAL_VALUE,
                        Segment.GENERAL_WIN_BACK),
                run.scores().stream().map(CustomerScore::segment).toList());
        assertEquals("重要价值客户", run.score(0).segment().chinese());
    }
}
