package com.strata.it;

import jakarta.json.JsonArray;
import java.time.Duration;
import java.time.Instant;

/** Waits for the playbook pass that follows the demo APPLY run, which gives the demo managers their tasks. */
final class DemoTasks {

    private DemoTasks() {}

    static void awaitPassAfterRun(ApiClient api) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            JsonArray passes = ApiClient.json(
                            api.get("api/playbooks/passes?size=50", "admin").body())
                    .getJsonArray("passes");
            if (passes.stream()
                    .anyMatch(p -> p.asJsonObject().getString("cause").equals("RUN"))) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no playbook pass after the demo APPLY run within 4 minutes");
    }
}
