package com.strata.it;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, as Arquillian deploys it, and where the deployed application answers. */
final class StrataDeployment {

    static final String DEMO_PASSWORD = "strata";
    private static final URI BASE = URI.create("http://localhost:8080/strata/");

    private StrataDeployment() {}

    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("strata.ear")));
    }

    static URI url(String path) {
        return BASE.resolve(path);
    }
}
