package com.strata.scoring;

/** The churn risk, whether it raised a warning, and the signals it was blended from. */
public record ChurnFacts(ChurnAssessment churn, double warningThreshold) implements ExplanationItem {

    @Override
    public String english() {
        String model = churn.modelSignal().isPresent()
                ? "1 - P(alive) " + Numbers.fixed(churn.modelSignal().getAsDouble(), 2)
                : "model not used";
        return "Churn risk " + Numbers.fixed(churn.risk(), 2) + " (warning at " + Numbers.fixed(warningThreshold, 2)
                + "): " + model + ", overdue " + Numbers.fixed(churn.overdueSignal(), 2) + ", spend drop "
                + Numbers.fixed(churn.spendDropSignal(), 2) + ", open complaints "
                + Numbers.fixed(churn.complaintSignal(), 2) + "." + (churn.warning() ? " Churn warning raised." : "");
    }

    @Override
    public String chinese() {
        String model = churn.modelSignal().isPresent()
                ? "模型 1 - P(alive) " + Numbers.fixed(churn.modelSignal().getAsDouble(), 2)
                : "未使用模型";
        return "流失风险 " + Numbers.fixed(churn.risk(), 2) + "（预警线 " + Numbers.fixed(warningThreshold, 2) + "）：" + model
                + "，逾期 " + Numbers.fixed(churn.overdueSignal(), 2) + "，消费下降 "
                + Numbers.fixed(churn.spendDropSignal(), 2)
                + "，未结投诉 " + Numbers.fixed(churn.complaintSignal(), 2) + "。" + (churn.warning() ? "已触发流失预警。" : "");
    }
}
