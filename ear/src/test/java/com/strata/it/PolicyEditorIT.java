package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The policy editor's wiring over REST: a draft may hold contradictory AHP judgements but cannot be activated (the
 * refusal names the judgement to revise), analysts cannot activate, and a preview's cost covers every customer it
 * scored. The cost figures against direct counts are proven in ChangeCostDatabaseTest.
 */
class PolicyEditorIT extends DeployedStrata {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    private final ApiClient api = new ApiClient();

    @Test
    void aDraftWithContradictoryJudgementsIsStoredButNotActivated() throws Exception {
        int activeBefore = active().getInt("version");
        String document = active().getJsonObject("document")
                .toString()
                .replaceFirst(
                        "(?s)\"dimensionJudgements\":\\s*\\[.*?\\]\\s*\\]",
                        "\"dimensionJudgements\": [[1, 2, 0.25], [0.5, 1, 2], [4, 0.5, 1]]");

        HttpResponse<String> drafted = api.send("POST", "api/policies?note=contradictory", "analyst", document);
        assertEquals(201, drafted.statusCode(), drafted.body());
        int version = ApiClient.json(drafted.body()).getInt("version");

        assertEquals(
                403,
                api.send("POST", "api/policies/" + version + "/activate", "analyst", null)
                        .statusCode());
        HttpResponse<String> refused = api.send("POST", "api/policies/" + version + "/activate", "admin", null);

        assertEquals(409, refused.statusCode(), refused.body());
        JsonObject error = ApiClient.json(refused.body());
        assertEquals("POLICY_INCONSISTENT", error.getString("code"));
        assertTrue(
                error.getJsonArray("details").getString(0).contains("the judgement CURRENT over RELATIONSHIP = 0.250"),
                error.toString());
        assertEquals(activeBefore, active().getInt("version"), "the active version stays");
    }

    @Test
    void aPreviewsCostCoversEveryCustomerItScored() throws Exception {
        HttpResponse<String> started = api.send("POST", "api/runs", "analyst", "{\"mode\":\"PREVIEW\"}");
        assertEquals(202, started.statusCode(), started.body());
        JsonObject run = awaitEnd(ApiClient.json(started.body()).getInt("id"));
        assertEquals("COMPLETED", run.getString("status"), run.toString());

        HttpResponse<String> answered =
                api.send("GET", "api/policies/previews/" + run.getInt("id") + "/cost", "analyst", null);

        assertEquals(200, answered.statusCode(), answered.body());
        JsonObject cost = ApiClient.json(answered.body());
        long migrated = cost.getJsonArray("migration").stream()
                .mapToLong(
                        cell -> cell.asJsonObject().getJsonNumber("customers").longValue())
                .sum();
        assertEquals(run.getJsonNumber("scored").longValue(), migrated, cost.toString());
        assertEquals(migrated, sum(cost.getJsonArray("firstResponse"), "after"));
        assertEquals(migrated, sum(cost.getJsonArray("resolution"), "before"));
        assertEquals(
                403,
                api.send("GET", "api/policies/previews/" + run.getInt("id") + "/cost", "manager", null)
                        .statusCode());
    }

    private static long sum(JsonArray loads, String member) {
        return loads.stream()
                .map(JsonValue::asJsonObject)
                .mapToLong(load -> load.getJsonNumber(member).longValue())
                .sum();
    }

    private JsonObject active() throws Exception {
        return ApiClient.json(
                api.send("GET", "api/policies/active", "analyst", null).body());
    }

    private JsonObject awaitEnd(int runId) throws Exception {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (true) {
            JsonObject run = ApiClient.json(
                    api.send("GET", "api/runs/" + runId, "analyst", null).body());
            String status = run.getString("status");
            if (status.equals("COMPLETED")
                    || status.equals("FAILED")
                    || Instant.now().isAfter(deadline)) {
                return run;
            }
            Thread.sleep(500);
        }
    }
}
