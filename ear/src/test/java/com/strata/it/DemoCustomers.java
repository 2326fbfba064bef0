package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Customers of the seeded demo base picked by owner and tier, once the seeding's APPLY run has completed. */
final class DemoCustomers {

    private static final Duration SEEDING = Duration.ofMinutes(4);

    /** The demo seeding applies the base twice, four weeks apart. */
    static final int SEEDED_APPLY_RUNS = 2;

    private static final List<String> GOLD_OR_BETTER = List.of("Diamond", "Platinum", "Gold");

    private final ApiClient api = new ApiClient();

    /** The first demo customer (C0000001, C0000002, ...) that {@code manager} owns and that is Gold or better. */
    String goldOrBetterOf(String manager) throws Exception {
        awaitFirstApply();
        for (int n = 1; n <= 500; n++) {
            String code = String.format("C%07d", n);
            HttpResponse<String> score = api.get("api/customers/" + code + "/score", manager);
            if (score.statusCode() == 200
                    && GOLD_OR_BETTER.contains(ApiClient.json(score.body()).getString("tier"))) {
                return code;
            }
        }
        throw new AssertionError("no Gold or better customer of " + manager + " among the first 500");
    }

    /** The first demo customer (C0000001, C0000002, ...) whose tier is {@code tier}, as the analyst reads it. */
    String ofTier(String tier) throws Exception {
        awaitFirstApply();
        for (int n = 1; n <= 2000; n++) {
            String code = String.format("C%07d", n);
            HttpResponse<String> score = api.get("api/customers/" + code + "/score", "analyst");
            if (score.statusCode() == 200
                    && tier.equals(ApiClient.json(score.body()).getString("tier"))) {
                return code;
            }
        }
        throw new AssertionError("no " + tier + " customer among the first 2000");
    }

    /** The first demo customer that {@code manager} may not open (another manager's). */
    String notOwnedBy(String manager) throws Exception {
        awaitFirstApply();
        for (int n = 1; n <= 50; n++) {
            String code = String.format("C%07d", n);
            if (api.get("api/customers/" + code + "/score", manager).statusCode() == 403) {
                return code;
            }
        }
        throw new AssertionError("every one of the first 50 customers is " + manager + "'s");
    }

    /**
     * Gives the base a history: one APPLY run on each of the given days ahead of today, the business clock moved to
     * the day for its run and put back afterwards. Runs already made for those days are not made again.
     */
    void applyDaysAhead(int... days) throws Exception {
        awaitFirstApply();
        LocalDate today = LocalDate.now();
        try {
            for (int ahead : days) {
                LocalDate day = today.plusDays(ahead);
                if (appliedAsOf(day)) {
                    continue;
                }
                HttpResponse<String> moved =
                        api.send("PUT", "api/test-clock", "admin", "{\"now\":\"" + day + "T12:00:00Z\"}");
                assertEquals(200, moved.statusCode(), moved.body());
                HttpResponse<String> started = api.send("POST", "api/runs", "analyst", "{\"mode\":\"APPLY\"}");
                assertEquals(202, started.statusCode(), started.body());
                awaitCompleted(ApiClient.json(started.body()).getInt("id"));
            }
        } finally {
            api.send("DELETE", "api/test-clock", "admin", null);
        }
    }

    private boolean appliedAsOf(LocalDate day) throws Exception {
        return runs().stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(run -> completedApply(run) && day.toString().equals(run.getString("asOf")));
    }

    private void awaitCompleted(int runId) throws Exception {
        Instant deadline = Instant.now().plus(SEEDING);
        while (Instant.now().isBefore(deadline)) {
            String status = ApiClient.json(
                            api.get("api/runs/" + runId, "analyst").body())
                    .getString("status");
            if (status.equals("COMPLETED")) {
                return;
            }
            assertFalse(status.equals("FAILED"), "run " + runId + " failed");
            // A run is a batch job on the server; there is nothing to move forward but time.
            Thread.sleep(500);
        }
        throw new AssertionError("run " + runId + " did not complete within " + SEEDING);
    }

    private JsonArray runs() throws Exception {
        return ApiClient.json(api.get("api/runs", "analyst").body()).getJsonArray("runs");
    }

    /** Waits for the seeding's two APPLY runs (four weeks ago and today): other APPLY runs must wait for them. */
    private void awaitFirstApply() throws Exception {
        Instant deadline = Instant.now().plus(SEEDING);
        while (Instant.now().isBefore(deadline)) {
            JsonArray runs = ApiClient.json(
                            api.get("api/runs?size=500", "analyst").body())
                    .getJsonArray("runs");
            if (runs != null
                    && runs.stream()
                                    .map(run -> run.asJsonObject())
                                    .filter(DemoCustomers::completedApply)
                                    .count()
                            >= SEEDED_APPLY_RUNS) {
                return;
            }
            // The seeding's runs are batch jobs on the server; there is nothing to move forward but time.
            Thread.sleep(500);
        }
        throw new AssertionError("the seeded base was not applied within " + SEEDING);
    }

    private static boolean completedApply(JsonObject run) {
        return "APPLY".equals(run.getString("mode")) && "COMPLETED".equals(run.getString("status"));
    }
}
