package com.strata.web.runs;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;

/**
 * A run's model diagnostics, read from the JSON it stored: both CLV fits, the AHP weights and their consistency, the
 * tier cut-offs and any messages. A fit that could not be made has no parameters (null) and says why in
 * {@code problem}.
 */
public record ModelDiagnostics(
        BgNbd bgNbd, GammaGamma gammaGamma, Ahp ahp, List<Threshold> thresholds, List<String> messages)
        implements Serializable {

    public record BgNbd(
            Double r,
            Double alpha,
            Double a,
            Double b,
            double logLikelihood,
            boolean converged,
            long customersFitted,
            String timeUnit,
            String problem)
            implements Serializable {}

    public record GammaGamma(
            Double p,
            Double q,
            Double gamma,
            double logLikelihood,
            boolean converged,
            long customersFitted,
            String problem)
            implements Serializable {}

    public record Ahp(double current, double potential, double relationship, double consistencyRatio)
            implements Serializable {}

    /** {@code minimumValueIndex} is null when the tier's share is smaller than one customer of the base. */
    public record Threshold(String tier, Double minimumValueIndex) implements Serializable {}

    static ModelDiagnostics parse(String json) {
        JsonObject diagnostics;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            diagnostics = reader.readObject();
        }
        JsonObject bg = diagnostics.getJsonObject("bgNbd");
        JsonObject gg = diagnostics.getJsonObject("gammaGamma");
        JsonObject ahp = diagnostics.getJsonObject("ahp");
        return new ModelDiagnostics(
                new BgNbd(
                        optional(bg, "r"),
                        optional(bg, "alpha"),
                        optional(bg, "a"),
                        optional(bg, "b"),
                        bg.getJsonNumber("logLikelihood").doubleValue(),
                        bg.getBoolean("converged"),
                        bg.getJsonNumber("customersFitted").longValue(),
                        bg.getString("timeUnit"),
                        bg.getString("problem", null)),
                new GammaGamma(
                        optional(gg, "p"),
                        optional(gg, "q"),
                        optional(gg, "gamma"),
                        gg.getJsonNumber("logLikelihood").doubleValue(),
                        gg.getBoolean("converged"),
                        gg.getJsonNumber("customersFitted").longValue(),
                        gg.getString("problem", null)),
                new Ahp(
                        ahp.getJsonNumber("current").doubleValue(),
                        ahp.getJsonNumber("potential").doubleValue(),
                        ahp.getJsonNumber("relationship").doubleValue(),
                        ahp.getJsonNumber("consistencyRatio").doubleValue()),
                diagnostics.getJsonArray("tierThresholds").getValuesAs(JsonObject.class).stream()
                        .map(t -> new Threshold(
                                t.getString("tier"),
                                t.isNull("minimumValueIndex")
                                        ? null
                                        : t.getJsonNumber("minimumValueIndex").doubleValue()))
                        .toList(),
                diagnostics.getJsonArray("messages").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
    }

    private static Double optional(JsonObject fit, String name) {
        JsonNumber value = fit.getJsonNumber(name);
        return value == null ? null : value.doubleValue();
    }
}
