package com.strata.it;

import jakarta.json.JsonArray;
import java.time.Duration;
import java.time.Instant;

/** Waits for the playbook passes that follow the demo's APPLY runs, which give the demo managers their tasks. */
final class DemoTasks {

    private DemoTasks() {}

    static void awaitPassAfterRun(ApiClient api) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            JsonArray passes = ApiClient.json(
                            api.get("api/playbooks/passes?size=50", "admin").body())
                    .getJsonArray("passes");
            if (passes.stream()
                            .filter(p -> p.asJsonObject().getString("cause").equals("RUN"))
                            .count()
                    >= DemoCustomers.SEEDED_APPLY_RUNS) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no playbook pass after each demo APPLY run within 4 minutes");
    }
}
