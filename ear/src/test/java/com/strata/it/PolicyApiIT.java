package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Policy versions over REST: the migrated default, drafts validated in full, activation for administrators only. */
class PolicyApiIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();

    @Test
    void theShippedDefaultIsActiveAndRunsNightlyAtTwo() throws Exception {
        HttpResponse<String> response = api.send("GET", "api/policies/1", "analyst", null);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject policy = ApiClient.json(response.body());
        assertEquals("0 2 * * *", policy.getString("schedule"));
        assertEquals(
                "Diamond",
                policy.getJsonObject("document")
                        .getJsonObject("policy")
                        .getJsonObject("tiers")
                        .getJsonArray("tiers")
                        .getString(0));
    }

    @Test
    void aDocumentIsRefusedWithEveryProblemListed() throws Exception {
        String document = activeDocument()
                .replaceFirst("\"horizonMonths\":\\s*12", "\"horizonMonths\": 0")
                .replaceFirst("\"downgradeAfterRuns\":\\s*\\d+", "\"downgradeAfterRuns\": \"two\"");

        HttpResponse<String> response = api.send("POST", "api/policies", "analyst", document);

        assertEquals(400, response.statusCode(), response.body());
        String errors = ApiClient.json(response.body()).getJsonArray("details").toString();
        assertTrue(errors.contains("policy.hysteresis.downgradeAfterRuns") && errors.contains("whole number"), errors);
        assertTrue(errors.contains("policy.clv") && errors.contains("horizon"), errors);
    }

    @Test
    void anAnalystDraftsButOnlyAnAdministratorActivates() throws Exception {
        String document = activeDocument().replaceFirst("\"hour\":\\s*\"2\"", "\"hour\": \"3\"");

        HttpResponse<String> drafted = api.send("POST", "api/policies?note=later%20run", "analyst", document);
        assertEquals(201, drafted.statusCode(), drafted.body());
        int version = ApiClient.json(drafted.body()).getInt("version");
        assertEquals("DRAFT", ApiClient.json(drafted.body()).getString("status"));

        assertEquals(
                403,
                api.send("POST", "api/policies/" + version + "/activate", "analyst", null)
                        .statusCode());
        HttpResponse<String> activated = api.send("POST", "api/policies/" + version + "/activate", "admin", null);
        assertEquals(200, activated.statusCode(), activated.body());

        JsonObject active = ApiClient.json(
                api.send("GET", "api/policies/active", "analyst", null).body());
        assertEquals(version, active.getInt("version"));
        assertEquals("0 3 * * *", active.getString("schedule"));
        assertEquals("admin", active.getString("activatedBy"));
        assertEquals(
                409,
                api.send("POST", "api/policies/" + version + "/activate", "admin", null)
                        .statusCode());

        JsonObject schedule = ApiClient.json(
                api.send("GET", "api/runs/schedule", "analyst", null).body());
        assertEquals("0 3 * * *", schedule.getString("schedule"));
        assertEquals(3, OffsetDateTime.parse(schedule.getString("nextRun")).getHour(), schedule.toString());
    }

    @Test
    void serviceStaffCannotReadPolicies() throws Exception {
        assertEquals(403, api.send("GET", "api/policies/active", "agent", null).statusCode());
        assertEquals(404, api.send("GET", "api/policies/999", "analyst", null).statusCode());
    }

    private String activeDocument() throws Exception {
        return ApiClient.json(
                        api.send("GET", "api/policies/active", "analyst", null).body())
                .getJsonObject("document")
                .toString();
    }
}
