package com.strata.it;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every integration test talks from outside, as users do, to the one demo EAR the test server deploys as it boots
 * (the build puts it in the server's it-deployments folder). Arquillian starts and stops the server once for the
 * suite; no test class redeploys, so state in the database and in the application carries from one class to the next,
 * as it does on a server in use.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedStrata {

    private static volatile boolean answered;

    /** The scanner deploys during boot; this only guards against a first test that runs before it has finished. */
    @BeforeAll
    static void awaitDeployment() throws Exception {
        if (answered) {
            return;
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(StrataDeployment.url("api/health"))
                .timeout(Duration.ofSeconds(10))
                .build();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        int last = -1;
        while (Instant.now().isBefore(giveUp)) {
            try {
                last = http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == 200) {
                    answered = true;
                    return;
                }
            } catch (IOException notYet) {
                last = -1;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "Strata did not answer api/health with 200 within 3 minutes (last: " + last + ")");
    }
}
