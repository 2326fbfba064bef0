package com.strata.scoring;

/** Historical and predicted CLV, P(alive) and expected purchases, with what the model says for one-day buyers. */
public record ModelFacts(ClvEstimate clv, int horizonMonths) implements ExplanationItem {

    @Override
    public String english() {
        StringBuilder text = new StringBuilder("Historical CLV (margin to date) ")
                .append(Numbers.amount(clv.historical()))
                .append('.');
        if (clv.probabilityAlive().isEmpty()) {
            text.append(
                    clv.purchased()
                            ? " Predicted CLV unavailable this run (see the model diagnostics)."
                            : " No purchase yet, so nothing to predict from.");
            return text.toString();
        }
        text.append(" P(alive) ")
                .append(Numbers.fixed(clv.probabilityAlive().getAsDouble(), 2))
                .append("; expected ")
                .append(Numbers.fixed(clv.expectedPurchases().getAsDouble(), 2))
                .append(" repeat purchase days in the next ")
                .append(horizonMonths)
                .append(" months");
        clv.predicted()
                .ifPresent(value -> text.append("; predicted CLV ")
                        .append(Numbers.amount(value))
                        .append(" (expected spend, discounted)"));
        text.append('.');
        if (clv.singlePurchaseDay()) {
            text.append(" Only one purchase day so far: BG/NBD lets a customer drop out only after a repeat purchase, "
                    + "so P(alive) is 1 by construction; the expected purchases still fall the longer they stay "
                    + "silent, and churn risk relies on the rule signals.");
        }
        return text.toString();
    }

    @Override
    public String chinese() {
        StringBuilder text = new StringBuilder("历史 CLV（累计毛利）")
                .append(Numbers.amount(clv.historical()))
                .append('。');
        if (clv.probabilityAlive().isEmpty()) {
            text.append(clv.purchased() ? "本次运行无法预测 CLV（见模型诊断）。" : "尚无购买，无法预测。");
            return text.toString();
        }
        text.append("存活概率 P(alive) ")
                .append(Numbers.fixed(clv.probabilityAlive().getAsDouble(), 2))
                .append("；未来 ")
                .append(horizonMonths)
                .append(" 个月预计复购 ")
                .append(Numbers.fixed(clv.expectedPurchases().getAsDouble(), 2))
                .append(" 天");
        clv.predicted()
                .ifPresent(value ->
                        text.append("；预测 CLV ").append(Numbers.amount(value)).append("（预期消费的折现值）"));
        text.append('。');
        if (clv.singlePurchaseDay()) {
            text.append("目前只有一个购买日：BG/NBD 模型假定客户只会在复购之后流失，因此存活概率按模型定义为 1；" + "但沉默越久，预计购买越少，流失风险改由规则信号判断。");
        }
        return text.toString();
    }
}
