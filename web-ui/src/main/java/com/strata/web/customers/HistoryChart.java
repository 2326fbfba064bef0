package com.strata.web.customers;

import static com.strata.system.JsonProcessing.JSON;

import com.strata.customer.ScorePoint;
import com.strata.web.charts.ChartConfig;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The Chart.js configuration of a customer's score history: value index and churn risk (both 0-100) on the left axis,
 * predicted CLV on its own right axis (it is money, thousands of times larger), one point per applied run labelled
 * with its as-of date and the tier the run assigned.
 */
final class HistoryChart {

    private static final String VALUE_COLOUR = "#1f3a5f";
    private static final String CHURN_COLOUR = "#dc2626";
    private static final String CLV_COLOUR = "#f59e0b";

    private HistoryChart() {}

    /** Labels: value index, churn risk in %, predicted CLV, the left axis. */
    static String config(List<ScorePoint> history, UnaryOperator<String> tierName, String... labels) {
        JsonArrayBuilder runs = JSON.createArrayBuilder();
        JsonArrayBuilder value = JSON.createArrayBuilder();
        JsonArrayBuilder churn = JSON.createArrayBuilder();
        JsonArrayBuilder clv = JSON.createArrayBuilder();
        for (ScorePoint point : history) {
            runs.add(point.asOf() + " · " + tierName.apply(point.tier()));
            value.add(Math.round(point.valueIndex() * 10) / 10.0);
            churn.add(Math.round(point.churnRisk() * 1000) / 10.0);
            if (point.predictedClv() == null) {
                clv.addNull();
            } else {
                clv.add(Math.round(point.predictedClv() * 100) / 100.0);
            }
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(points(ChartConfig.line(labels[0], value, VALUE_COLOUR, false), "score"))
                .add(points(ChartConfig.line(labels[1], churn, CHURN_COLOUR, true), "score"))
                .add(points(ChartConfig.line(labels[2], clv, CLV_COLOUR, false), "clv"));
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("score", ChartConfig.axis(labels[3], "left").add("max", 100))
                .add(
                        "clv",
                        ChartConfig.axis(labels[2], "right")
                                .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", false)));
        return ChartConfig.chart("line", runs, datasets, scales);
    }

    /** A history has few points: each is drawn, so a single run still shows. */
    private static JsonObjectBuilder points(JsonObjectBuilder line, String axis) {
        return line.add("pointRadius", 4).add("yAxisID", axis);
    }
}
