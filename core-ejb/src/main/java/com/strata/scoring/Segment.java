package com.strata.scoring;

import com.strata.policy.SegmentScheme;

/** A behavioural group from RFM scores, with its English and Simplified Chinese names and the map it belongs to. */
public enum Segment {
    CHAMPIONS(SegmentScheme.RF_GRID, "Champions", "冠军客户"),
    LOYAL(SegmentScheme.RF_GRID, "Loyal", "忠诚客户"),
    POTENTIAL_LOYALIST(SegmentScheme.RF_GRID, "Potential Loyalist", "潜力忠诚客户"),
    NEW(SegmentScheme.RF_GRID, "New", "新客户"),
    PROMISING(SegmentScheme.RF_GRID, "Promising", "有潜力客户"),
    NEED_ATTENTION(SegmentScheme.RF_GRID, "Need Attention", "需要关注客户"),
    ABOUT_TO_SLEEP(SegmentScheme.RF_GRID, "About to Sleep", "即将沉睡客户"),
    AT_RISK(SegmentScheme.RF_GRID, "At Risk", "有流失风险客户"),
    CANT_LOSE_THEM(SegmentScheme.RF_GRID, "Can't Lose Them", "不能失去的客户"),
    HIBERNATING(SegmentScheme.RF_GRID, "Hibernating", "休眠客户"),

    IMPORTANT_VALUE(SegmentScheme.RFM_HIGH_LOW, "Important value", "重要价值客户"),
    IMPORTANT_DEVELOPMENT(SegmentScheme.RFM_HIGH_LOW, "Important development", "重要发展客户"),
    IMPORTANT_RETENTION(SegmentScheme.RFM_HIGH_LOW, "Important retention", "重要保持客户"),
    IMPORTANT_WIN_BACK(SegmentScheme.RFM_HIGH_LOW, "Important win-back", "重要挽留客户"),
    GENERAL_VALUE(SegmentScheme.RFM_HIGH_LOW, "General value", "一般价值客户"),
    GENERAL_DEVELOPMENT(SegmentScheme.RFM_HIGH_LOW, "General development", "一般发展客户"),
    GENERAL_RETENTION(SegmentScheme.RFM_HIGH_LOW, "General retention", "一般保持客户"),
    GENERAL_WIN_BACK(SegmentScheme.RFM_HIGH_LOW, "General win-back", "一般挽留客户");

    private final SegmentScheme scheme;
    private final String english;
    private final String chinese;

    Segment(SegmentScheme scheme, String english, String chinese) {
        this.scheme = scheme;
        this.english = english;
        this.chinese = chinese;
    }

    public SegmentScheme scheme() {
        return scheme;
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }
}
