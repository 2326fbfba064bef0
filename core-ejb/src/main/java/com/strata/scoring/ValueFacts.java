package com.strata.scoring;

/** The value index and how its three parts and their AHP weights add up to it. */
public record ValueFacts(ValueIndex value, double currentWeight, double potentialWeight, double relationshipWeight)
        implements ExplanationItem {

    @Override
    public String english() {
        return "Value index " + Numbers.fixed(value.index(), 1) + " = " + Numbers.fixed(currentWeight, 3)
                + " × current " + Numbers.fixed(value.current(), 1) + " + " + Numbers.fixed(potentialWeight, 3)
                + " × potential " + Numbers.fixed(value.potential(), 1) + " + " + Numbers.fixed(relationshipWeight, 3)
                + " × relationship " + Numbers.fixed(value.relationship(), 1)
                + " (each part 0-100, by percentile within the base).";
    }

    @Override
    public String chinese() {
        return "价值指数 " + Numbers.fixed(value.index(), 1) + " = " + Numbers.fixed(currentWeight, 3) + " × 当前价值 "
                + Numbers.fixed(value.current(), 1) + " + " + Numbers.fixed(potentialWeight, 3) + " × 潜在价值 "
                + Numbers.fixed(value.potential(), 1) + " + " + Numbers.fixed(relationshipWeight, 3) + " × 关系价值 "
                + Numbers.fixed(value.relationship(), 1) + "（各部分 0-100，按全体百分位计算）。";
    }
}
