package com.strata.system;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code Json.createObjectBuilder()} and its siblings look the provider up with a
 * ServiceLoader on every call, which searches the deployment's jars: under load that search took 4 % of the server's
 * request CPU, most of it in the dashboard's and the customer page's charts.
 */
public final class JsonProcessing {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProcessing() {}
}
