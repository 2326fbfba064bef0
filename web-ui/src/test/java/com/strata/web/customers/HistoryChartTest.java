package com.strata.web.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.customer.ScorePoint;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer page's history chart, drawn from the score history oldest first. */
class HistoryChartTest {

    private static final List<ScorePoint> HISTORY = List.of(
            new ScorePoint(1, LocalDate.of(2025, 1, 31), 64.26, 1234.567, 0.125, false, "Silver", false, false),
            new ScorePoint(2, LocalDate.of(2025, 2, 28), 73.04, null, 0.4, false, "Gold", false, true));

    @Test
    void eachRunIsAPointLabelledWithItsDateAndTierInTheReadersWords() {
        JsonObject chart = json(HistoryChart.config(
                HISTORY, tier -> tier.equals("Gold") ? "黄金" : "白银", "value", "churn", "clv", "axis"));

        assertEquals(
                "[\"2025-01-31 · 白银\",\"2025-02-28 · 黄金\"]",
                chart.getJsonObject("data").getJsonArray("labels").toString());
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(
                "[64.3,73.0]", datasets.getJsonObject(0).getJsonArray("data").toString());
        assertEquals(
                "[12.5,40.0]", datasets.getJsonObject(1).getJsonArray("data").toString(), "churn risk in %");
        assertEquals(
                "[1234.57,null]", datasets.getJsonObject(2).getJsonArray("data").toString(), "no CLV: a gap");
    }

    @Test
    void moneyHasItsOwnAxisBesideTheZeroToHundredScores() {
        JsonObject chart = json(HistoryChart.config(HISTORY, tier -> tier, "value", "churn", "clv", "axis"));

        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("score", datasets.getJsonObject(0).getString("yAxisID"));
        assertEquals("score", datasets.getJsonObject(1).getString("yAxisID"));
        assertEquals("clv", datasets.getJsonObject(2).getString("yAxisID"));
        JsonObject scales = chart.getJsonObject("options").getJsonObject("scales");
        assertEquals(100, scales.getJsonObject("score").getInt("max"));
        assertEquals("right", scales.getJsonObject("clv").getString("position"));
        assertEquals("clv", scales.getJsonObject("clv").getJsonObject("title").getString("text"));
    }

    private static JsonObject json(String config) {
        return Json.createReader(new StringReader(config)).readObject();
    }
}
