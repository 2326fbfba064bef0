package com.strata.web.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.ModelTimeUnit;
import com.strata.runs.ModelDiagnostics;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The holdout charts of the run page, drawn from a run's stored holdout check. */
class HoldoutChartsTest {

    private static final LocalDate END = LocalDate.of(2025, 12, 30);

    private static final ModelDiagnostics.Holdout HOLDOUT = new ModelDiagnostics.Holdout(
            END,
            26,
            ModelTimeUnit.WEEKS,
            100,
            0.25,
            4.6,
            0.8,
            2.5,
            null,
            List.of(
                    new ModelDiagnostics.TrackingWeek(END.minusWeeks(1), 10, 9.5),
                    new ModelDiagnostics.TrackingWeek(END, 14, 13.25),
                    new ModelDiagnostics.TrackingWeek(END.plusWeeks(1), 17, 18)),
            List.of(
                    new ModelDiagnostics.RepeatGroup(0, false, 60, 0.2, 0.25),
                    new ModelDiagnostics.RepeatGroup(7, true, 3, 4.5, 4)),
            new ModelDiagnostics.Comparison(63, 3, 4, -25.0, 0.5),
            null,
            null);

    @Test
    void theTrackingChartMarksTheCalibrationEndAndOnlyThere() {
        JsonObject chart = json(HoldoutCharts.tracking(HOLDOUT, "actual", "expected", "end", "week", "days"));

        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(
                List.of("2025-12-23", "2025-12-30", "2026-01-06"),
                chart.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonValue::toString).stream()
                        .map(v -> v.replace("\"", ""))
                        .toList());
        assertEquals(
                "[10,14,17]", datasets.getJsonObject(0).getJsonArray("data").toString());
        assertEquals(
                "[9.5,13.3,18.0]",
                datasets.getJsonObject(1).getJsonArray("data").toString());
        assertEquals(
                "[null,18,null]", datasets.getJsonObject(2).getJsonArray("data").toString());
    }

    @Test
    void theGroupChartLabelsTheTopGroupAsSevenOrMore() {
        JsonObject chart = json(HoldoutCharts.groups(HOLDOUT, "predicted", "actual", "repeats", "mean"));

        assertEquals(
                "[\"0\",\"7+\"]",
                chart.getJsonObject("data").getJsonArray("labels").toString());
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("predicted", datasets.getJsonObject(0).getString("label"));
        assertEquals("[0.2,4.5]", datasets.getJsonObject(0).getJsonArray("data").toString());
        assertTrue(chart.getJsonObject("options").getJsonObject("scales").containsKey("y"));
    }

    private static JsonObject json(String chart) {
        return Json.createReader(new StringReader(chart)).readObject();
    }
}
