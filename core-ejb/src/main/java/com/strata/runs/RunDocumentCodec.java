package com.strata.runs;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Writes a run's summary and model diagnostics as the JSON documents the run keeps in its {@code summary} and
 * {@code diagnostics} columns, and reads them back. The members are the records' component names, so the documents
 * runs stored before these records existed read unchanged.
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
        return json == null ? null : JSONB.fromJson(json, ModelDiagnostics.class);
    }
}
