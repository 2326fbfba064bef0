package com.strata.scoring;

import com.strata.policy.TierLadder;
import com.strata.tiering.TierDecision;
import com.strata.tiering.TierOverride;
import java.util.Optional;

/**
 * The tier the value index qualifies for and the threshold it met, then the rule that settled the assigned tier
 * (hysteresis or override).
 *
 * @param proposedThreshold lowest value index of the proposed tier this run (0 for the lowest tier)
 * @param topShare cumulative share from the top that the proposed tier ends at, for top-share ladders
 */
public record TierFacts(
        TierDecision decision,
        double valueIndex,
        double proposedThreshold,
        boolean proposedIsLowest,
        TierLadder.Kind kind,
        double topShare,
        int downgradeAfterRuns,
        boolean oneTierPerRun,
        Optional<TierOverride> activeOverride)
        implements ExplanationItem {

    @Override
    public String english() {
        String proposed = decision.proposed();
        String qualifies = proposedIsLowest
                ? "Qualifies for " + proposed + ", the base tier: value index " + Numbers.fixed(valueIndex, 1)
                        + " reaches no higher threshold."
                : "Qualifies for " + proposed + ": value index " + Numbers.fixed(valueIndex, 1) + " ≥ " + proposed
                        + " threshold " + Numbers.fixed(proposedThreshold, 1)
                        + (kind == TierLadder.Kind.TOP_SHARE
                                ? " (top " + Numbers.percent(topShare) + " of this base)."
                                : " (fixed threshold).");
        String assigned = decision.assigned();
        String previous = decision.previous().orElse("");
        String rule = switch (decision.rule()) {
            case FIRST_CLASSIFICATION -> "Assigned " + assigned + " (first classification).";
            case KEPT -> "Stays " + assigned + ".";
            case UPGRADED -> "Upgraded from " + previous + " to " + assigned + " at once.";
            case HELD ->
                "Stays " + assigned + ": qualified lower in " + decision.runsQualifiedLower() + " of the "
                        + downgradeAfterRuns + " consecutive runs a downgrade needs.";
            case DOWNGRADED ->
                "Moved down from " + previous + " to " + assigned + " after " + downgradeAfterRuns
                        + " consecutive runs qualifying lower" + (oneTierPerRun ? ", one tier per run." : ".");
            case OVERRIDDEN ->
                "Pinned to " + assigned + " by an override until "
                        + activeOverride
                                .map(o -> o.expiresOn() + " (" + o.reason() + ").")
                                .orElse("further notice.");
            case OVERRIDE_ENDED -> "The override has ended: back to the computed tier, " + assigned + ".";
        };
        String expired = decision.expiredOverride()
                .map(o -> " The override to " + o.tier() + " ended on " + o.expiresOn() + ".")
                .orElse("");
        return qualifies + " " + rule + expired;
    }

    @Override
    public String chinese() {
        String proposed = TierNames.chinese(decision.proposed());
        String qualifies = proposedIsLowest
                ? "符合" + proposed + "（基础等级）：价值指数 " + Numbers.fixed(valueIndex, 1) + " 未达到更高等级的门槛。"
                : "符合" + proposed + "：价值指数 " + Numbers.fixed(valueIndex, 1) + " ≥ " + proposed + "门槛 "
                        + Numbers.fixed(proposedThreshold, 1)
                        + (kind == TierLadder.Kind.TOP_SHARE
                                ? "（本次全体前 " + Numbers.percent(topShare) + "）。"
                                : "（固定门槛）。");
        String assigned = TierNames.chinese(decision.assigned());
        String previous = TierNames.chinese(decision.previous().orElse(""));
        String rule = switch (decision.rule()) {
            case FIRST_CLASSIFICATION -> "评定为" + assigned + "（首次分级）。";
            case KEPT -> "保持" + assigned + "。";
            case UPGRADED -> "由" + previous + "立即升级为" + assigned + "。";
            case HELD ->
                "保持" + assigned + "：降级需要连续 " + downgradeAfterRuns + " 次低于门槛，目前为 " + decision.runsQualifiedLower()
                        + " 次。";
            case DOWNGRADED ->
                "连续 " + downgradeAfterRuns + " 次低于门槛，由" + previous + "降为" + assigned
                        + (oneTierPerRun ? "（每次最多降一级）。" : "。");
            case OVERRIDDEN ->
                "人工指定为" + assigned + "，有效期至 "
                        + activeOverride
                                .map(o -> o.expiresOn() + "（" + o.reason() + "）。")
                                .orElse("另行通知。");
            case OVERRIDE_ENDED -> "人工指定已结束：恢复为计算所得的等级" + assigned + "。";
        };
        String expired = decision.expiredOverride()
                .map(o -> "指定为" + TierNames.chinese(o.tier()) + "的人工等级已于 " + o.expiresOn() + " 到期。")
                .orElse("");
        return qualifies + rule + expired;
    }
}
