package com.strata.it;

import java.net.URI;

/**
 * Where the deployed demo EAR (the production EAR plus the demo module, so the demo users and base exist) answers.
 */
final class StrataDeployment {

    static final String DEMO_PASSWORD = "strata";
    private static final URI BASE =
            URI.create("http://localhost:" + (8080 + Integer.getInteger("strata.it.port.offset", 0)) + "/strata/");

    private StrataDeployment() {}

    static URI url(String path) {
        return BASE.resolve(path);
    }
}
