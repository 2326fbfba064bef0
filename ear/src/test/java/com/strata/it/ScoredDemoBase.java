package com.strata.it;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** The demo base is scored by the two APPLY runs the seeding makes after deployment; customer lists read the latest. */
final class ScoredDemoBase {

    private ScoredDemoBase() {}

    /** Returns once the seeding's APPLY runs have completed, so customer lists read the demo's latest run. */
    static void await() throws Exception {
        ApiClient api = new ApiClient();
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> answer = api.get("api/runs?size=500", "analyst");
            if (answer.statusCode() == 200
                    && ApiClient.json(answer.body()).getJsonArray("runs").stream()
                                    .map(run -> run.asJsonObject())
                                    .filter(run -> "APPLY".equals(run.getString("mode"))
                                            && "COMPLETED".equals(run.getString("status")))
                                    .count()
                            >= DemoCustomers.SEEDED_APPLY_RUNS) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the demo base was not scored within 4 minutes");
    }
}
