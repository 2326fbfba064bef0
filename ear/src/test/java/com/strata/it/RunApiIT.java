package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The reclassification job over REST on the seeded demo base (about 5,000 customers): previews change nothing,
 * only one APPLY runs at a time, a run failed at a chosen chunk and restarted ends exactly where an uninterrupted
 * run does, account managers read the scores of their own customers only, and a failed run an administrator
 * abandons leaves the live tiers as they were.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunApiIT extends DeployedStrata {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

    private final ApiClient api = new ApiClient();

    @Test
    @Order(1)
    void theSeededBaseIsAppliedWithModelDiagnostics() throws Exception {
        JsonObject seeded = awaitEnd(firstRunId());

        assertEquals("COMPLETED", seeded.getString("status"), seeded.toString());
        assertTrue(seeded.getInt("customers") >= 5_000, seeded.toString());
        assertEquals(100, seeded.getInt("percent"), seeded.toString());
        assertTrue(seeded.getJsonObject("summary").getJsonArray("tiers").size() > 1, seeded.toString());
        JsonObject diagnostics = ApiClient.json(
                        api.send("GET", "api/runs/" + seeded.getInt("id") + "/diagnostics", "analyst", null)
                                .body())
                .getJsonObject("diagnostics");
        JsonObject bgNbd = diagnostics.getJsonObject("bgNbd");
        for (String parameter : new String[] {"r", "alpha", "a", "b", "logLikelihood"}) {
            assertTrue(bgNbd.containsKey(parameter), "BG/NBD " + parameter + " in " + bgNbd);
        }
        assertTrue(diagnostics.getJsonObject("gammaGamma").containsKey("gamma"), diagnostics.toString());
        assertTrue(bgNbd.getBoolean("converged"), bgNbd.toString());
        assertTrue(diagnostics.getJsonObject("gammaGamma").getBoolean("converged"), diagnostics.toString());
        for (JsonObject message : diagnostics.getJsonArray("messages").getValuesAs(JsonObject.class)) {
            assertFalse(message.getString("code").endsWith("NOT_CONVERGED"), message.toString());
            assertTrue(message.containsKey("figures") && message.containsKey("text"), message.toString());
        }
        assertTrue(diagnostics
                        .getJsonObject("ahp")
                        .getJsonNumber("consistencyRatio")
                        .doubleValue()
                <= 0.10);
        JsonObject holdout = diagnostics.getJsonObject("holdout");
        assertEquals(26, holdout.getInt("holdoutWeeks"), holdout.toString());
        assertTrue(holdout.getJsonArray("tracking").size() > 26, holdout.toString());
        assertEquals(8, holdout.getJsonArray("groups").size(), holdout.toString());
        assertTrue(holdout.getJsonObject("purchases").containsKey("errorPercent"), holdout.toString());
        assertTrue(holdout.getJsonObject("spend").containsKey("correlation"), holdout.toString());
    }

    @Test
    @Order(2)
    void aPreviewChangesNoLiveTier() throws Exception {
        List<String> before = liveScores();

        JsonObject preview = awaitEnd(start("{\"mode\":\"PREVIEW\"}"));

        assertEquals("COMPLETED", preview.getString("status"), preview.toString());
        assertEquals(before, liveScores(), "a preview leaves every live tier and score as it was");
    }

    @Test
    @Order(3)
    void aRunFailedMidwayAndRestartedEndsExactlyLikeAnUninterruptedOne() throws Exception {
        String asOf = LocalDate.now().minusDays(200).toString();
        JsonObject uninterrupted = awaitEnd(start("{\"mode\":\"PREVIEW\",\"asOf\":\"" + asOf + "\"}"));
        assertEquals("COMPLETED", uninterrupted.getString("status"), uninterrupted.toString());

        int drill = start("{\"mode\":\"APPLY\",\"asOf\":\"" + asOf + "\",\"failAfterCustomers\":2500}");
        JsonObject failed = awaitEnd(drill);
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertTrue(failed.getString("failure").contains("Restart drill"), failed.toString());
        assertTrue(failed.getInt("scored") < failed.getInt("customers"), "it stopped part way: " + failed);

        HttpResponse<String> second = api.send("POST", "api/runs", "admin", "{\"mode\":\"APPLY\"}");
        assertEquals(409, second.statusCode(), "only one APPLY at a time: " + second.body());

        assertEquals(
                202,
                api.send("POST", "api/runs/" + drill + "/restart", "analyst", null)
                        .statusCode());
        JsonObject restarted = awaitEnd(drill);
        assertEquals("analyst", audited("RUN_RESTARTED", drill).getString("actor"), "the restart is audited");

        assertEquals("COMPLETED", restarted.getString("status"), restarted.toString());
        assertEquals(uninterrupted.getInt("customers"), restarted.getInt("scored"));
        JsonObject expected = uninterrupted.getJsonObject("summary");
        JsonObject actual = restarted.getJsonObject("summary");
        for (String part : new String[] {"tiers", "segments", "stages", "migration", "tierChanges"}) {
            assertEquals(expected.get(part), actual.get(part), part);
        }
        assertTrue(actual.getInt("tierChanges") > 0, "the older as-of date moves tiers: " + actual);
    }

    @Test
    @Order(4)
    void accountManagersReadTheScoresOfTheirOwnCustomersOnly() throws Exception {
        HttpResponse<String> imported = api.postCsv("api/imports/customers", "analyst", """
                code,name,kind,account_manager,status
                RUN-IT-M1,Customer of manager,PERSON,manager,ACTIVE
                RUN-IT-M2,Customer of manager2,PERSON,manager2,ACTIVE
                """);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(2, ApiClient.json(imported.body()).getInt("inserted"), imported.body());
        JsonObject applied = awaitEnd(start("{\"mode\":\"APPLY\"}"));
        assertEquals("COMPLETED", applied.getString("status"), applied.toString());

        assertEquals(200, scoreStatus("RUN-IT-M1", "manager"), "manager reads their own customer");
        assertEquals(403, scoreStatus("RUN-IT-M2", "manager"), "manager is refused manager2's customer");
        assertEquals(200, scoreStatus("RUN-IT-M2", "manager2"), "manager2 reads their own customer");
        assertEquals(403, scoreStatus("RUN-IT-M1", "manager2"), "manager2 is refused manager's customer");
        assertEquals(403, scoreStatus("RUN-IT-M1", "manager3"), "manager3 owns neither");
        assertEquals(200, scoreStatus("RUN-IT-M2", "supervisor"), "other roles read any customer");

        // Each demo customer has one account manager: exactly one of the three reads it, the others are refused.
        for (int n = 1; n <= 30; n++) {
            String code = String.format("C%07d", n);
            HttpResponse<String> asAdmin = api.send("GET", "api/customers/" + code + "/score", "admin", null);
            assertEquals(200, asAdmin.statusCode(), asAdmin.body());
            JsonObject score = ApiClient.json(asAdmin.body());
            assertFalse(score.getJsonArray("explanation").isEmpty(), score.toString());
            assertTrue(score.containsKey("bgT") && score.containsKey("valueIndex"), score.toString());
            List<Integer> asManagers = new ArrayList<>();
            for (String manager : List.of("manager", "manager2", "manager3")) {
                asManagers.add(scoreStatus(code, manager));
            }
            asManagers.sort(null);
            assertEquals(List.of(200, 403, 403), asManagers, code + " as manager, manager2, manager3");
        }
    }

    @Test
    @Order(5)
    void aFailedApplyAbandonedByAnAdministratorChangesNothingLiveAndLetsTheNextStart() throws Exception {
        List<String> before = liveScores();
        int drill = start(
                "{\"mode\":\"APPLY\",\"asOf\":\"" + LocalDate.now().minusDays(100) + "\",\"failAfterCustomers\":3000}");
        assertEquals("FAILED", awaitEnd(drill).getString("status"));

        assertEquals(
                403,
                api.send("POST", "api/runs/" + drill + "/abandon", "analyst", null)
                        .statusCode(),
                "analysts may restart a run but not abandon it");
        HttpResponse<String> abandoned = api.send("POST", "api/runs/" + drill + "/abandon", "admin", null);

        assertEquals(200, abandoned.statusCode(), abandoned.body());
        JsonObject run = ApiClient.json(abandoned.body());
        assertEquals("ABANDONED", run.getString("status"), run.toString());
        assertTrue(run.getString("failure").contains("Restart drill"), "the failure stays on record: " + run);
        assertEquals(
                409,
                api.send("POST", "api/runs/" + drill + "/restart", "admin", null)
                        .statusCode());
        assertEquals(
                409,
                api.send("POST", "api/runs/" + drill + "/abandon", "admin", null)
                        .statusCode());
        assertEquals(before, liveScores(), "an APPLY run that never published changed no live tier");
        JsonObject started = audited("RUN_STARTED", drill);
        assertEquals("admin", started.getString("actor"));
        assertTrue(started.getString("detail").startsWith("APPLY as of"), started.toString());
        JsonObject ended = audited("RUN_ABANDONED", drill);
        assertEquals("admin", ended.getString("actor"));
        assertTrue(ended.getString("detail").contains("unapplied tier changes removed"), ended.toString());

        JsonObject next = awaitEnd(start("{\"mode\":\"APPLY\"}"));
        assertEquals("COMPLETED", next.getString("status"), "the APPLY slot is free again: " + next);
    }

    private int scoreStatus(String customerCode, String user) throws Exception {
        return api.get("api/customers/" + customerCode + "/score", user).statusCode();
    }

    /** The live tier of the first customers, with the APPLY run that set it. */
    private List<String> liveScores() throws Exception {
        List<String> scores = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            JsonObject score = ApiClient.json(api.get(String.format("api/customers/C%07d/score", n), "admin")
                    .body());
            scores.add(
                    score.getString("customerCode") + " " + score.getString("tier") + " run " + score.getInt("runId"));
        }
        return scores;
    }

    /** The seeding's last run, as of today: it applies the whole demo base (the first one, four weeks earlier). */
    /** The newest audit entry of the action on the run. */
    private JsonObject audited(String action, int runId) throws Exception {
        JsonArray entries = ApiClient.json(
                        api.get("api/audit?size=1&action=" + action + "&subject=run%20" + runId, "admin")
                                .body())
                .getJsonArray("entries");
        assertEquals(1, entries.size(), action + " of run " + runId + " is audited");
        return entries.getJsonObject(0);
    }

    private int firstRunId() throws Exception {
        ScoredDemoBase.await();
        JsonArray runs = ApiClient.json(
                        api.send("GET", "api/runs?size=500", "analyst", null).body())
                .getJsonArray("runs");
        return runs.getJsonObject(runs.size() - DemoCustomers.SEEDED_APPLY_RUNS).getInt("id");
    }

    private int start(String request) throws Exception {
        HttpResponse<String> response = api.send("POST", "api/runs", "admin", request);
        assertEquals(202, response.statusCode(), response.body());
        return ApiClient.json(response.body()).getInt("id");
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
