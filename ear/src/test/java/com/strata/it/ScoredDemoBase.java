package com.strata.it;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** The demo base is scored by the first APPLY run after deployment; customer lists read that run. */
final class ScoredDemoBase {

    private ScoredDemoBase() {}

    /** Returns once the customer search answers from an applied run (the seeding's run has completed). */
    static void await() throws Exception {
        ApiClient api = new ApiClient();
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> answer = api.get("api/customers?size=1", "admin");
            if (answer.statusCode() == 200 && ApiClient.json(answer.body()).containsKey("runId")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the demo base was not scored within 4 minutes");
    }
}
