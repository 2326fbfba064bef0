package com.strata.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every integration test deploys the EAR the build produced and talks to it from outside, as users do. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedStrata {

    @Deployment(testable = false)
    static EnterpriseArchive strata() {
        return StrataDeployment.ear();
    }
}
