package com.strata.web.runs;

import static com.strata.system.JsonProcessing.JSON;

import com.strata.runs.ModelDiagnostics;
import com.strata.web.charts.ChartConfig;
import jakarta.json.JsonArrayBuilder;

/**
 * The Chart.js configurations of the holdout check ({@code p:chart} takes them as JSON): the tracking chart,
 * cumulative repeat purchase days week by week, actual against expected, with the calibration end drawn as a thin
 * bar; and the conditional expectations, mean holdout purchase days predicted and actual per group of calibration
 * repeat purchase days.
 */
final class HoldoutCharts {

    private static final String ACTUAL_COLOUR = "#1f3a5f";
    private static final String EXPECTED_COLOUR = "#f59e0b";
    private static final String MARK_COLOUR = "#9ca3af";

    private HoldoutCharts() {}

    /** Labels: actual, expected, the calibration end's mark, the x axis, the y axis. */
    static String tracking(ModelDiagnostics.Holdout holdout, String... labels) {
        JsonArrayBuilder weeks = JSON.createArrayBuilder();
        JsonArrayBuilder actual = JSON.createArrayBuilder();
        JsonArrayBuilder expected = JSON.createArrayBuilder();
        JsonArrayBuilder mark = JSON.createArrayBuilder();
        double top = 0;
        for (ModelDiagnostics.TrackingWeek week : holdout.tracking()) {
            top = Math.max(top, Math.max(week.actual(), week.expected()));
        }
        for (ModelDiagnostics.TrackingWeek week : holdout.tracking()) {
            weeks.add(week.weekEnd().toString());
            actual.add(Math.round(week.actual()));
            expected.add(Math.round(week.expected() * 10) / 10.0);
            if (week.weekEnd().equals(holdout.calibrationEnd())) {
                mark.add(Math.round(top));
            } else {
                mark.addNull();
            }
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(ChartConfig.line(labels[0], actual, ACTUAL_COLOUR, false))
                .add(ChartConfig.line(labels[1], expected, EXPECTED_COLOUR, true))
                .add(JSON.createObjectBuilder()
                        .add("type", "bar")
                        .add("label", labels[2])
                        .add("data", mark)
                        .add("backgroundColor", MARK_COLOUR)
                        .add("barThickness", 3));
        return ChartConfig.chart("line", weeks, datasets, ChartConfig.xy(labels[3], labels[4]));
    }

    /** Labels: predicted, actual, the x axis, the y axis. */
    static String groups(ModelDiagnostics.Holdout holdout, String... labels) {
        JsonArrayBuilder names = JSON.createArrayBuilder();
        JsonArrayBuilder predicted = JSON.createArrayBuilder();
        JsonArrayBuilder actual = JSON.createArrayBuilder();
        for (ModelDiagnostics.RepeatGroup group : holdout.groups()) {
            names.add(group.calibrationRepeats() + (group.orMore() ? "+" : ""));
            predicted.add(Math.round(group.meanPredicted() * 1000) / 1000.0);
            actual.add(Math.round(group.meanActual() * 1000) / 1000.0);
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(ChartConfig.bar(labels[0], predicted, EXPECTED_COLOUR))
                .add(ChartConfig.bar(labels[1], actual, ACTUAL_COLOUR));
        return ChartConfig.chart("bar", names, datasets, ChartConfig.xy(labels[2], labels[3]));
    }
}
