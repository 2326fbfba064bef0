package com.strata.scoring;

import com.strata.policy.ValueDimension;
import java.util.List;
import java.util.Locale;

/**
 * What would move the customer up a tier, or keep them from dropping: the threshold to reach, the part of the value
 * index with the most room to add to it (weight times headroom to 100), and the same gap in the customer's own terms.
 *
 * @param tier the tier to reach (REACH), keep (KEEP) or hold (TOP, PINNED)
 * @param fallbackTier for KEEP, the tier the customer drops to otherwise
 * @param windowAmount the customer's net amount in the window, which the spend move starts from
 * @param moves for REACH and KEEP, each purchase lever that would close the gap alone at this run's cut-offs
 */
public record NextStep(
        Kind kind,
        String tier,
        double threshold,
        double valueIndex,
        ValueDimension lever,
        double leverScore,
        double leverWeight,
        String fallbackTier,
        double windowAmount,
        List<Move> moves)
        implements ExplanationItem {

    public NextStep {
        moves = List.copyOf(moves);
    }

    /** What a move adds to. */
    public enum Measure {
        /** Net amount of purchases within the policy's window. */
        WINDOW_SPEND,
        /** Distinct purchase days within the window. */
        PURCHASE_DAYS,
        /** Purchase lines within the window (policies that count frequency in lines). */
        PURCHASES
    }

    /**
     * One lever in the customer's terms: this much more of the measure, the rest held, would close the gap at this
     * run's cut-offs. Amounts are rounded up to three significant figures, counts up to whole ones.
     */
    public record Move(Measure measure, double more) {}

    public enum Kind {
        /** A higher tier is within reach of the value index. */
        REACH,
        /** A downgrade is one run away; this is what keeps the tier. */
        KEEP,
        /** Already in the top tier. */
        TOP,
        /** No higher tier is reachable in a base this small. */
        NONE_REACHABLE,
        /** The tier is pinned by an override; value does not move it until the override ends. */
        PINNED
    }

    /** Value index points still missing to the threshold. */
    public double gap() {
        return Math.max(0, threshold - valueIndex);
    }

    /** Points the lever dimension alone would need to gain to close the gap. */
    public double leverPointsNeeded() {
        return leverWeight > 0 ? gap() / leverWeight : Double.POSITIVE_INFINITY;
    }

    @Override
    public String english() {
        return switch (kind) {
            case REACH ->
                "To reach " + tier + ": raise the value index by " + Numbers.fixed(gap(), 1) + " to "
                        + Numbers.fixed(threshold, 1) + ". " + leverEnglish() + movesEnglish("reach");
            case KEEP ->
                "Downgrade warning: to keep " + tier + ", reach its threshold " + Numbers.fixed(threshold, 1)
                        + " in the next run (now " + Numbers.fixed(valueIndex, 1) + ", " + Numbers.fixed(gap(), 1)
                        + " short); otherwise the customer moves to " + fallbackTier + ". " + leverEnglish()
                        + movesEnglish("keep");
            case TOP ->
                "Top tier: it stays while the value index holds at or above the " + tier + " threshold "
                        + Numbers.fixed(threshold, 1) + ".";
            case NONE_REACHABLE -> "No higher tier is reachable in a base of this size.";
            case PINNED -> "The tier is pinned by an override; value changes take effect when it ends.";
        };
    }

    @Override
    public String chinese() {
        String target = TierNames.chinese(tier);
        return switch (kind) {
            case REACH ->
                "升至" + target + "：价值指数需提高 " + Numbers.fixed(gap(), 1) + "，达到 " + Numbers.fixed(threshold, 1) + "。"
                        + leverChinese() + movesChinese("升至" + target);
            case KEEP ->
                "降级预警：下次运行价值指数需达到" + target + "门槛 " + Numbers.fixed(threshold, 1) + "（当前 "
                        + Numbers.fixed(valueIndex, 1) + "，差 " + Numbers.fixed(gap(), 1) + "）才能保持" + target + "，否则将降为"
                        + TierNames.chinese(fallbackTier) + "。" + leverChinese() + movesChinese("保持" + target);
            case TOP -> "最高等级：价值指数保持在" + target + "门槛 " + Numbers.fixed(threshold, 1) + " 以上即可保持。";
            case NONE_REACHABLE -> "在当前客户规模下没有可达到的更高等级。";
            case PINNED -> "等级由人工指定；指定到期后价值变化才会生效。";
        };
    }

    private String leverEnglish() {
        String name = lever.name().toLowerCase(Locale.ROOT) + " value";
        String lead = "Biggest lever: " + name + " (" + Numbers.fixed(leverScore, 1) + " of 100, weight "
                + Numbers.fixed(leverWeight, 3) + ")";
        return leverPointsNeeded() <= 100 - leverScore
                ? lead + "; +" + Numbers.fixed(leverPointsNeeded(), 1) + " points there would do it alone."
                : lead + "; no single part can close the gap alone.";
    }

    /** "About 360 more in purchases within the window, or 3 more purchase days, would reach Gold at …". */
    private String movesEnglish(String verb) {
        if (moves.isEmpty()) {
            return "";
        }
        StringBuilder levers = new StringBuilder();
        for (int k = 0; k < moves.size(); k++) {
            Move move = moves.get(k);
            if (k > 0) {
                levers.append(", or ");
            }
            levers.append(
                    switch (move.measure()) {
                        case WINDOW_SPEND -> "about " + amount(move.more()) + " more in purchases within the window";
                        case PURCHASE_DAYS ->
                            Numbers.count(move.more()) + " more purchase day" + (move.more() == 1 ? "" : "s");
                        case PURCHASES -> Numbers.count(move.more()) + " more purchase" + (move.more() == 1 ? "" : "s");
                    });
        }
        String subject = Character.toUpperCase(levers.charAt(0)) + levers.substring(1);
        return " " + subject + (moves.size() > 1 ? ", would " : " would ") + verb + " " + tier
                + " at this run's cut-offs.";
    }

    private String movesChinese(String outcome) {
        if (moves.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("按本次运行的门槛，");
        for (int k = 0; k < moves.size(); k++) {
            Move move = moves.get(k);
            if (k > 0) {
                text.append("，或");
            }
            text.append(
                    switch (move.measure()) {
                        case WINDOW_SPEND -> "窗口内再消费约 " + amount(move.more());
                        case PURCHASE_DAYS -> "再增加 " + Numbers.count(move.more()) + " 个购买日";
                        case PURCHASES -> "再增加 " + Numbers.count(move.more()) + " 笔购买";
                    });
        }
        return text.append("，即可").append(outcome).append("。").toString();
    }

    /** Whole units from 100 up, where the rounding to three figures leaves no cents. */
    private static String amount(double value) {
        return value >= 100 ? Numbers.whole(value) : Numbers.amount(value);
    }

    private String leverChinese() {
        String name = switch (lever) {
            case CURRENT -> "当前价值";
            case POTENTIAL -> "潜在价值";
            case RELATIONSHIP -> "关系价值";
        };
        String lead = "提升空间最大的是" + name + "（" + Numbers.fixed(leverScore, 1) + "/100，权重 "
                + Numbers.fixed(leverWeight, 3) + "）";
        return leverPointsNeeded() <= 100 - leverScore
                ? lead + "，仅此一项提高 " + Numbers.fixed(leverPointsNeeded(), 1) + " 分即可。"
                : lead + "，单靠一项无法补足差距。";
    }
}
