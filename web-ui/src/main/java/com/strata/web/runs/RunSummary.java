package com.strata.web.runs;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;

/** What a finished run amounts to, read from the summary JSON it stored: the page's tables, heatmap and chart. */
public record RunSummary(
        List<TierTotal> tiers,
        List<Count> segments,
        List<Count> stages,
        MigrationMatrix migration,
        long tierChanges,
        long downgradeWarnings,
        long churnWarnings)
        implements Serializable {

    public record TierTotal(String tier, long customers, double revenue) implements Serializable {}

    /** Customers in one segment or stage; {@code name} is the engine's enum name. */
    public record Count(String name, long customers) implements Serializable {}

    static RunSummary parse(String json) {
        JsonObject summary;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            summary = reader.readObject();
        }
        List<TierTotal> tiers = summary.getJsonArray("tiers").getValuesAs(JsonObject.class).stream()
                .map(t -> new TierTotal(
                        t.getString("tier"),
                        t.getJsonNumber("customers").longValue(),
                        t.getJsonNumber("revenue").doubleValue()))
                .toList();
        return new RunSummary(
                tiers,
                counts(summary.getJsonArray("segments"), "segment"),
                counts(summary.getJsonArray("stages"), "stage"),
                MigrationMatrix.of(summary.getJsonObject("migration")),
                summary.getJsonNumber("tierChanges").longValue(),
                summary.getJsonNumber("downgradeWarnings").longValue(),
                summary.getJsonNumber("churnWarnings").longValue());
    }

    private static List<Count> counts(JsonArray array, String label) {
        return array.getValuesAs(JsonObject.class).stream()
                .map(c -> new Count(
                        c.getString(label), c.getJsonNumber("customers").longValue()))
                .toList();
    }
}
