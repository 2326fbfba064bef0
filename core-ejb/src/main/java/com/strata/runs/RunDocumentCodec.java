package com.strata.runs;

import static com.strata.system.JsonProcessing.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;

/**
 * Writes a run's summary and model diagnostics as the JSON documents the run keeps in its {@code summary} and
 * {@code diagnostics} columns, and reads them back. The members are the records' component names, so the documents
 * runs stored before these records existed read unchanged. Runs stored before diagnostics had codes hold their
 * messages and fit problems as plain English strings; those are read as messages with that sentence only.
 */
final class RunDocumentCodec {

    // Thread-safe; one instance spares looking the provider up per document.
    private static final Jsonb JSONB = JsonbBuilder.create();

    private RunDocumentCodec() {}

    static String write(RunSummary summary) {
        return JSONB.toJson(summary);
    }

    static String write(ModelDiagnostics diagnostics) {
        return JSONB.toJson(diagnostics);
    }

    /** Null for a run that has not stored one yet. */
    static RunSummary summary(String json) {
        return json == null ? null : JSONB.fromJson(json, RunSummary.class);
    }

    /** Null for a run that has not stored them yet. */
    static ModelDiagnostics diagnostics(String json) {
        if (json == null) {
            return null;
        }
        JsonObject stored;
        try (var reader = JSON.createReader(new StringReader(json))) {
            stored = reader.readObject();
        }
        return JSONB.fromJson(withSentencesAsMessages(stored).toString(), ModelDiagnostics.class);
    }

    private static JsonObject withSentencesAsMessages(JsonObject stored) {
        JsonObjectBuilder document = JSON.createObjectBuilder(stored);
        if (stored.containsKey("messages") && stored.get("messages").getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder messages = JSON.createArrayBuilder();
            stored.getJsonArray("messages").forEach(message -> messages.add(asMessage(message)));
            document.add("messages", messages);
        }
        for (String fit : new String[] {"bgNbd", "gammaGamma"}) {
            if (stored.get(fit) instanceof JsonObject model && model.get("problem") instanceof JsonString) {
                document.add(fit, JSON.createObjectBuilder(model).add("problem", asMessage(model.get("problem"))));
            }
        }
        return document.build();
    }

    private static JsonValue asMessage(JsonValue message) {
        return message instanceof JsonString sentence
                ? JSON.createObjectBuilder().add("text", sentence.getString()).build()
                : message;
    }
}
