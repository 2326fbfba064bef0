package com.strata.scoring;

/**
 * The lifecycle stage and the rule that set it, with the value the rule looked at and the threshold it crossed.
 * {@code observed} is in days, a fraction (spend change) or a probability, depending on the rule.
 *
 * @param gapMultiple for the recency rules, the multiple of the usual gap the threshold includes; NaN otherwise
 * @param ownGap whether the usual gap is the customer's own (false: the base median, for one-day buyers)
 */
public record StageFacts(
        LifecycleRule rule, double observed, double threshold, double gapMultiple, double usualGapDays, boolean ownGap)
        implements ExplanationItem {

    public LifecycleStage stage() {
        return rule.stage();
    }

    @Override
    public String english() {
        String days = Numbers.fixed(observed, 0);
        String gap =
                Numbers.fixed(gapMultiple, 1) + " × " + (ownGap ? "their usual gap of " : "the base's median gap of ")
                        + Numbers.fixed(usualGapDays, 1) + " days";
        String because = switch (rule) {
            case FIRST_PURCHASE_RECENT -> "first purchase " + days + " days ago, within " + limit() + " days";
            case NO_PURCHASE_YET ->
                "customer for " + days + " days without a purchase yet, within " + limit() + " days";
            case NEVER_PURCHASED -> "customer for " + days + " days and never bought";
            case SILENT_TOO_LONG ->
                "no purchase for " + days + " days, at least " + limit() + " days (one year or " + gap
                        + ", whichever is longer)";
            case MODEL_SAYS_GONE, MODEL_SAYS_FADING ->
                "P(alive) " + Numbers.fixed(observed, 2) + " is below " + Numbers.fixed(threshold, 2);
            case OVERDUE -> "no purchase for " + days + " days, at least " + limit() + " days (" + gap + ")";
            case SPEND_FELL ->
                "spend fell " + Numbers.percent(observed) + " against the previous period (rule: "
                        + Numbers.percent(threshold) + ")";
            case YOUNG_RELATIONSHIP -> "first purchase " + days + " days ago, within " + limit() + " days";
            case SPEND_ROSE ->
                "spend rose " + Numbers.percent(observed) + " against the previous period (rule: "
                        + Numbers.percent(threshold) + ")";
            case STEADY -> "buying steadily: none of the new, churned, declining or growing rules applies";
        };
        return "Lifecycle " + stage().english() + ": " + because + ".";
    }

    @Override
    public String chinese() {
        String days = Numbers.fixed(observed, 0);
        String gap = (ownGap ? "本人通常购买间隔 " : "全体中位购买间隔 ") + Numbers.fixed(usualGapDays, 1) + " 天的 "
                + Numbers.fixed(gapMultiple, 1) + " 倍";
        String because = switch (rule) {
            case FIRST_PURCHASE_RECENT -> "首次购买在 " + days + " 天前，不超过 " + limit() + " 天";
            case NO_PURCHASE_YET -> "成为客户 " + days + " 天，尚未购买，不超过 " + limit() + " 天";
            case NEVER_PURCHASED -> "成为客户 " + days + " 天，从未购买";
            case SILENT_TOO_LONG -> "已 " + days + " 天未购买，不少于 " + limit() + " 天（一年与" + gap + "中较长者）";
            case MODEL_SAYS_GONE, MODEL_SAYS_FADING ->
                "存活概率 " + Numbers.fixed(observed, 2) + " 低于 " + Numbers.fixed(threshold, 2);
            case OVERDUE -> "已 " + days + " 天未购买，不少于 " + limit() + " 天（" + gap + "）";
            case SPEND_FELL -> "消费较上一周期下降 " + Numbers.percent(observed) + "（规则：" + Numbers.percent(threshold) + "）";
            case YOUNG_RELATIONSHIP -> "首次购买在 " + days + " 天前，不超过 " + limit() + " 天";
            case SPEND_ROSE -> "消费较上一周期增长 " + Numbers.percent(observed) + "（规则：" + Numbers.percent(threshold) + "）";
            case STEADY -> "购买稳定：新客、流失、衰退、成长规则均不适用";
        };
        return "生命周期：" + stage().chinese() + "，" + because + "。";
    }

    private String limit() {
        return Numbers.fixed(threshold, 0);
    }
}
