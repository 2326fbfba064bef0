package com.strata.scoring;

import com.strata.policy.FrequencyMeasure;
import com.strata.policy.MonetaryMeasure;

/** The customer's R, F and M values and the scores they earned. */
public record RfmFacts(RfmScore rfm, FrequencyMeasure frequencyMeasure, MonetaryMeasure monetaryMeasure)
        implements ExplanationItem {

    @Override
    public String english() {
        String recency = rfm.recencyDays().isPresent()
                ? "Last purchase " + days(rfm.recencyDays().getAsInt()) + " ago"
                : "No purchase yet";
        String frequency = frequencyMeasure == FrequencyMeasure.DISTINCT_DAYS
                ? Numbers.count(rfm.frequency()) + (rfm.frequency() == 1 ? " purchase day" : " purchase days")
                        + " in the window"
                : Numbers.count(rfm.frequency()) + (rfm.frequency() == 1 ? " purchase" : " purchases")
                        + " in the window";
        String monetary = monetaryMeasure == MonetaryMeasure.SUM
                ? "spent " + Numbers.amount(rfm.monetary()) + " in the window"
                : "average purchase " + Numbers.amount(rfm.monetary()) + " in the window";
        return recency + " (R " + rfm.recencyScore() + "); " + frequency + " (F " + rfm.frequencyScore() + "); "
                + monetary + " (M " + rfm.monetaryScore() + ").";
    }

    @Override
    public String chinese() {
        String recency =
                rfm.recencyDays().isPresent() ? "最近一次购买在 " + rfm.recencyDays().getAsInt() + " 天前" : "尚无购买";
        String frequency = frequencyMeasure == FrequencyMeasure.DISTINCT_DAYS
                ? "窗口内有 " + Numbers.count(rfm.frequency()) + " 个购买日"
                : "窗口内购买 " + Numbers.count(rfm.frequency()) + " 次";
        String monetary = monetaryMeasure == MonetaryMeasure.SUM
                ? "窗口内消费 " + Numbers.amount(rfm.monetary())
                : "窗口内平均每单 " + Numbers.amount(rfm.monetary());
        return recency + "（R " + rfm.recencyScore() + "）；" + frequency + "（F " + rfm.frequencyScore() + "）；" + monetary
                + "（M " + rfm.monetaryScore() + "）。";
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
