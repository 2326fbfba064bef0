package com.strata.scoring;

import com.strata.policy.SegmentScheme;
import java.util.List;

/**
 * A complete lookup from score cells to segments (README, RFM scores and segments). Built from its rules into a table, and refused at
 * construction if any cell is covered by no rule or by more than one.
 */
public final class SegmentMap {

    private static final SegmentMap RF_GRID = new SegmentMap(
            SegmentScheme.RF_GRID,
            5,
            List.of(
                    rf(Segment.HIBERNATING, 1, 2, 1, 2),
                    rf(Segment.AT_RISK, 1, 2, 3, 4),
                    rf(Segment.CANT_LOSE_THEM, 1, 2, 5, 5),
                    rf(Segment.ABOUT_TO_SLEEP, 3, 3, 1, 2),
                    rf(Segment.NEED_ATTENTION, 3, 3, 3, 3),
                    rf(Segment.LOYAL, 3, 4, 4, 5),
                    rf(Segment.PROMISING, 4, 4, 1, 1),
                    rf(Segment.NEW, 5, 5, 1, 1),
                    rf(Segment.POTENTIAL_LOYALIST, 4, 5, 2, 3),
                    rf(Segment.CHAMPIONS, 5, 5, 4, 5)));

    private static final SegmentMap RFM_HIGH_LOW = new SegmentMap(
            SegmentScheme.RFM_HIGH_LOW,
            2,
            List.of(
                    highLow(Segment.IMPORTANT_VALUE, 2, 2, 2),
                    highLow(Segment.IMPORTANT_DEVELOPMENT, 2, 1, 2),
                    highLow(Segment.IMPORTANT_RETENTION, 1, 2, 2),
                    highLow(Segment.IMPORTANT_WIN_BACK, 1, 1, 2),
                    highLow(Segment.GENERAL_VALUE, 2, 2, 1),
                    highLow(Segment.GENERAL_DEVELOPMENT, 2, 1, 1),
                    highLow(Segment.GENERAL_RETENTION, 1, 2, 1),
                    highLow(Segment.GENERAL_WIN_BACK, 1, 1, 1)));

    private final SegmentScheme scheme;
    private final int levels;
    private final List<SegmentRule> rules;
    private final SegmentRule[] table;

    private SegmentMap(SegmentScheme scheme, int levels, List<SegmentRule> rules) {
        this.scheme = scheme;
        this.levels = levels;
        this.rules = rules;
        this.table = new SegmentRule[levels * levels * levels];
        for (int r = 1; r <= levels; r++) {
            for (int f = 1; f <= levels; f++) {
                for (int m = 1; m <= levels; m++) {
                    table[index(r, f, m)] = onlyRuleFor(r, f, m);
                }
            }
        }
    }

    public static SegmentMap of(SegmentScheme scheme) {
        return scheme == SegmentScheme.RF_GRID ? RF_GRID : RFM_HIGH_LOW;
    }

    public SegmentScheme scheme() {
        return scheme;
    }

    /** Score levels per dimension: 5 for the RF grid, 2 (1 = low, 2 = high) for the high/low model. */
    public int levels() {
        return levels;
    }

    public List<SegmentRule> rules() {
        return rules;
    }

    /** The rule covering a cell; for the high/low model pass 1 (low) or 2 (high) per dimension. */
    public SegmentRule ruleFor(int r, int f, int m) {
        return table[index(r, f, m)];
    }

    private int index(int r, int f, int m) {
        return ((r - 1) * levels + (f - 1)) * levels + (m - 1);
    }

    private SegmentRule onlyRuleFor(int r, int f, int m) {
        List<SegmentRule> matching =
                rules.stream().filter(rule -> rule.covers(r, f, m)).toList();
        if (matching.size() != 1) {
            throw new IllegalStateException(scheme + " cell R" + r + " F" + f + " M" + m + " is covered by "
                    + matching.size() + " rules; every cell needs exactly one");
        }
        return matching.get(0);
    }

    private static SegmentRule rf(Segment segment, int minR, int maxR, int minF, int maxF) {
        return new SegmentRule(segment, minR, maxR, minF, maxF, 1, 5);
    }

    private static SegmentRule highLow(Segment segment, int r, int f, int m) {
        return new SegmentRule(segment, r, r, f, f, m, m);
    }
}
