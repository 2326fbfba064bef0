package com.strata.web.runs;

import com.strata.runs.ModelDiagnostics;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

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
        JsonArrayBuilder weeks = Json.createArrayBuilder();
        JsonArrayBuilder actual = Json.createArrayBuilder();
        JsonArrayBuilder expected = Json.createArrayBuilder();
        JsonArrayBuilder mark = Json.createArrayBuilder();
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
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(line(labels[0], actual, ACTUAL_COLOUR, false))
                .add(line(labels[1], expected, EXPECTED_COLOUR, true))
                .add(Json.createObjectBuilder()
                        .add("type", "bar")
                        .add("label", labels[2])
                        .add("data", mark)
                        .add("backgroundColor", MARK_COLOUR)
                        .add("barThickness", 3));
        return chart("line", weeks, datasets, labels[3], labels[4]);
    }

    /** Labels: predicted, actual, the x axis, the y axis. */
    static String groups(ModelDiagnostics.Holdout holdout, String... labels) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder predicted = Json.createArrayBuilder();
        JsonArrayBuilder actual = Json.createArrayBuilder();
        for (ModelDiagnostics.RepeatGroup group : holdout.groups()) {
            names.add(group.calibrationRepeats() + (group.orMore() ? "+" : ""));
            predicted.add(Math.round(group.meanPredicted() * 1000) / 1000.0);
            actual.add(Math.round(group.meanActual() * 1000) / 1000.0);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(bar(labels[0], predicted, EXPECTED_COLOUR))
                .add(bar(labels[1], actual, ACTUAL_COLOUR));
        return chart("bar", names, datasets, labels[2], labels[3]);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String x, String y) {
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("title", title(x)))
                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("title", title(y)));
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add("scales", scales))
                .build()
                .toString();
    }

    private static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour, boolean dashed) {
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("pointRadius", 0)
                .add("borderWidth", 2);
        if (dashed) {
            line.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return line;
    }

    private static JsonObjectBuilder bar(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }
}
