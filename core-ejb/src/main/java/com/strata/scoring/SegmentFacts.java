package com.strata.scoring;

import com.strata.policy.SegmentScheme;

/**
 * The segment and the map rule that matched; for the high/low model also the base means the customer was compared
 * with.
 */
public record SegmentFacts(
        Segment segment, SegmentRule rule, double meanRecencyDays, double meanFrequency, double meanMonetary)
        implements ExplanationItem {

    private boolean highLow() {
        return segment.scheme() == SegmentScheme.RFM_HIGH_LOW;
    }

    @Override
    public String english() {
        if (highLow()) {
            return "Segment " + segment.english() + " (" + segment.chinese() + "): " + rule.describe(true, false)
                    + " against the base means (last purchase " + Numbers.fixed(meanRecencyDays, 1) + " days ago, F "
                    + Numbers.fixed(meanFrequency, 2) + ", M " + Numbers.amount(meanMonetary) + ").";
        }
        return "Segment " + segment.english() + ": RF grid rule " + rule.describe(false, false) + ".";
    }

    @Override
    public String chinese() {
        if (highLow()) {
            return "客户细分：" + segment.chinese() + "（与全体均值相比 " + rule.describe(true, true) + "；均值：最近购买 "
                    + Numbers.fixed(meanRecencyDays, 1) + " 天前，F " + Numbers.fixed(meanFrequency, 2) + "，M "
                    + Numbers.amount(meanMonetary) + "）。";
        }
        return "客户细分：" + segment.chinese() + "（RF 网格规则：" + rule.describe(false, true) + "）。";
    }
}
