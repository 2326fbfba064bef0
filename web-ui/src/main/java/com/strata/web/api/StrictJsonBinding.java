package com.strata.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B the API reads request bodies with: a member the call does not know is refused (400) instead of being
 * passed over, so a misspelt option cannot silently fall back to its default.
 */
@Provider
public class StrictJsonBinding implements ContextResolver<Jsonb> {

    /** Yasson's switch, the JSON-B implementation WildFly ships; other implementations ignore it. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB =
            JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
