package com.strata.scoring.clv;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a run can report about its models, each with the figures it carries (in order) and its sentence in English and
 * Simplified Chinese. The names are stored with runs: rename none, add new ones at will.
 */
public enum DiagnosticCode {
    PURCHASE_TOO_FEW_BUYERS(
            2,
            f -> String.format(
                    Locale.ROOT,
                    "purchase model not fitted: only %s customers have a purchase; it needs at least %s",
                    whole(f.get(0)),
                    whole(f.get(1))),
            f -> String.format(Locale.ROOT, "购买模型未拟合：只有 %s 位客户有购买，至少需要 %s 位", whole(f.get(0)), whole(f.get(1)))),
    PURCHASE_TOO_FEW_REPEAT_BUYERS(
            2,
            f -> String.format(
                    Locale.ROOT,
                    "purchase model not fitted: only %s customers bought on more than one day; it needs at least %s "
                            + "to estimate purchase and drop-out rates",
                    whole(f.get(0)),
                    whole(f.get(1))),
            f -> String.format(
                    Locale.ROOT, "购买模型未拟合：只有 %s 位客户在不止一天购买过，估计购买率和流失率至少需要 %s 位", whole(f.get(0)), whole(f.get(1)))),
    PURCHASE_EXTREME_ESTIMATES(
            4,
            f -> String.format(
                    Locale.ROOT,
                    "purchase model not fitted: the estimates run off to extreme values (r=%.3g, alpha=%.3g, a=%.3g, "
                            + "b=%.3g), so this base does not determine them",
                    f.get(0),
                    f.get(1),
                    f.get(2),
                    f.get(3)),
            f -> String.format(
                    Locale.ROOT,
                    "购买模型未拟合：估计值趋于极端（r=%.3g，alpha=%.3g，a=%.3g，b=%.3g），本客户群无法确定这些参数",
                    f.get(0),
                    f.get(1),
                    f.get(2),
                    f.get(3))),
    PURCHASE_UNDEFINED_EXPECTATION(
            2,
            f -> String.format(
                    Locale.ROOT,
                    "purchase model not fitted: estimates a=%.3g and b=%.3g have a + b <= 1, for which expected "
                            + "purchases are undefined",
                    f.get(0),
                    f.get(1)),
            f -> String.format(Locale.ROOT, "购买模型未拟合：估计值 a=%.3g、b=%.3g 满足 a + b <= 1，此时预期购买次数无定义", f.get(0), f.get(1))),
    PURCHASE_NOT_CONVERGED(
            2,
            f -> String.format(
                    Locale.ROOT,
                    "purchase model did not converge within %s iterations (gradient norm %.2g); estimates are used "
                            + "but may be imprecise",
                    whole(f.get(0)),
                    f.get(1)),
            f -> String.format(Locale.ROOT, "购买模型在 %s 次迭代内未收敛（梯度范数 %.2g）；估计值照常使用，但可能不够精确", whole(f.get(0)), f.get(1))),
    SPEND_TOO_FEW_SPENDERS(
            2,
            f -> String.format(
                    Locale.ROOT,
                    "spend model not fitted: only %s customers have repeat purchases with a positive mean spend; it "
                            + "needs at least %s",
                    whole(f.get(0)),
                    whole(f.get(1))),
            f -> String.format(
                    Locale.ROOT, "消费模型未拟合：只有 %s 位客户有平均金额为正的重复购买，至少需要 %s 位", whole(f.get(0)), whole(f.get(1)))),
    SPEND_EXTREME_ESTIMATES(
            3,
            f -> String.format(
                    Locale.ROOT,
                    "spend model not fitted: the estimates run off to extreme values (p=%.3g, q=%.3g, gamma=%.3g), "
                            + "so the model cannot describe this base's spend: typically spend per purchase hardly "
                            + "varies between customers (q, gamma extreme) or within a customer's purchases while "
                            + "customers differ widely (p extreme)",
                    f.get(0),
                    f.get(1),
                    f.get(2)),
            f -> String.format(
                    Locale.ROOT,
                    "消费模型未拟合：估计值趋于极端（p=%.3g，q=%.3g，gamma=%.3g），模型无法描述本客户群的消费：通常是客户之间每次购买金额几乎没有差别"
                            + "（q、gamma 极端），或同一客户各次购买金额几乎不变而客户之间差别很大（p 极端）",
                    f.get(0),
                    f.get(1),
                    f.get(2))),
    SPEND_NOT_CONVERGED(
            2,
            f -> String.format(
                    Locale.ROOT,
                    "spend model did not converge within %s iterations (gradient norm %.2g); estimates are used but "
                            + "may be imprecise",
                    whole(f.get(0)),
                    f.get(1)),
            f -> String.format(Locale.ROOT, "消费模型在 %s 次迭代内未收敛（梯度范数 %.2g）；估计值照常使用，但可能不够精确", whole(f.get(0)), f.get(1))),
    SPEND_NO_POPULATION_MEAN(
            1,
            f -> String.format(
                    Locale.ROOT,
                    "spend model has q = %.3f <= 1: spend is so heavy-tailed that the population mean spend is "
                            + "undefined; one-purchase customers use the base's mean repeat spend instead",
                    f.get(0)),
            f -> String.format(
                    Locale.ROOT, "消费模型的 q = %.3f <= 1：消费金额的长尾过重，总体平均消费无定义；只购买过一天的客户改用本客户群的平均重复消费", f.get(0))),
    SPEND_DEPENDS_ON_FREQUENCY(
            1,
            f -> String.format(
                    Locale.ROOT,
                    "spend model assumes spend per purchase is independent of how often customers buy, but the rank "
                            + "correlation between repeat purchases and mean spend is %.2f; expected spend may be "
                            + "biased for the most and least frequent buyers",
                    f.get(0)),
            f -> String.format(
                    Locale.ROOT, "消费模型假设每次消费金额与购买频率无关，但重复购买次数与平均消费的秩相关系数为 %.2f；最常购买和最少购买客户的预期消费可能有偏差", f.get(0))),
    NO_PURCHASE_MODEL(
            0,
            f -> "P(alive) and expected purchases unavailable this run: churn risk uses the rule signals only",
            f -> "本次运行无法给出存活概率和预期购买次数：流失风险仅依据规则信号"),
    NO_PREDICTED_CLV(
            0,
            f -> "predicted CLV unavailable this run: the potential value part of the value index uses spend growth "
                    + "only",
            f -> "本次运行无法给出预测 CLV：价值指数的潜在价值部分仅使用消费增长"),
    HOLDOUT_NO_SPEND_FORECAST(
            0,
            f -> "no holdout buyer has a spend forecast from the calibration period",
            f -> "留出期的购买客户在校准期都没有可用于预测消费的记录");

    private final int figures;
    private final Function<List<Double>, String> english;
    private final Function<List<Double>, String> chinese;

    DiagnosticCode(int figures, Function<List<Double>, String> english, Function<List<Double>, String> chinese) {
        this.figures = figures;
        this.english = english;
        this.chinese = chinese;
    }

    int figures() {
        return figures;
    }

    String english(List<Double> values) {
        return english.apply(values);
    }

    String chinese(List<Double> values) {
        return chinese.apply(values);
    }

    private static String whole(Double value) {
        return value == null ? "n/a" : Long.toString(Math.round(value));
    }
}
