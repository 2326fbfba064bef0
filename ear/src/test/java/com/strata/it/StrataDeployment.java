package com.strata.it;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The demo EAR the build produced (the production EAR plus the demo module, so the demo users and base exist), as
 * Arquillian deploys it, and where the deployed application answers.
 */
final class StrataDeployment {

    static final String DEMO_PASSWORD = "strata";
    private static final URI BASE =
            URI.create("http://localhost:" + (8080 + Integer.getInteger("strata.it.port.offset", 0)) + "/strata/");

    private StrataDeployment() {}

    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("strata.demo.ear")));
    }

    static URI url(String path) {
        return BASE.resolve(path);
    }
}
