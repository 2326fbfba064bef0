package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard over REST on the seeded demo base: its figures are those of the latest completed APPLY run and equal
 * what the customer search counts over that run's scores and what the run's summary says; analysts, supervisors and
 * administrators may read it, an account manager or a service agent may not.
 */
class DashboardIT extends DeployedStrata {

    private static final ApiClient API = new ApiClient();
    private static final double CENT = 0.005;

    @BeforeAll
    static void waitForTheSeededRuns() throws Exception {
        ScoredDemoBase.await();
    }

    @Test
    void onlyAnalystsSupervisorsAndAdministratorsReadTheDashboard() throws Exception {
        for (String user : new String[] {"analyst", "supervisor", "admin"}) {
            HttpResponse<String> answer = API.get("api/dashboard", user);
            assertEquals(200, answer.statusCode(), user + ": " + answer.body());
        }
        for (String user : new String[] {"manager", "agent"}) {
            HttpResponse<String> refused = API.get("api/dashboard", user);
            assertEquals(403, refused.statusCode(), user + ": " + refused.body());
            assertEquals("FORBIDDEN", ApiClient.json(refused.body()).getString("code"));
        }
    }

    @Test
    void theFiguresAreTheLatestAppliedRunsAndAddUp() throws Exception {
        JsonObject dashboard = dashboard();
        JsonObject run = dashboard.getJsonObject("run");
        assertEquals(latestCompletedApply(), run.getInt("id"), "the figures come from the latest completed APPLY run");
        JsonObject figures = dashboard.getJsonObject("figures");
        assertNotNull(figures, dashboard.toString());
        long customers = figures.getJsonNumber("customers").longValue();
        assertEquals(run.getJsonNumber("customers").longValue(), customers, "every scored customer is counted");

        assertEquals(customers, sum(figures.getJsonArray("grid"), "customers"), "the R x F cells hold everyone");
        assertEquals(customers, sum(figures.getJsonArray("stages"), "customers"), "the funnel holds everyone");
        assertEquals(customers, sum(figures.getJsonArray("churn"), "customers"), "the churn buckets hold everyone");
        assertEquals(
                customers,
                sum(figures.getJsonArray("clv"), "customers")
                        + figures.getJsonNumber("clvNotPredicted").longValue(),
                "the CLV buckets hold everyone the models predicted");
        JsonArray pareto = figures.getJsonArray("pareto");
        JsonObject all = pareto.getJsonObject(pareto.size() - 1);
        assertEquals(customers, all.getJsonNumber("customers").longValue());
        assertEquals(1, all.getJsonNumber("revenueShare").doubleValue(), 1e-9);
        assertTrue(dashboard.getJsonArray("trend").size() >= 2, "the demo has two APPLY runs for the trend");
        assertNotNull(dashboard.getJsonObject("previous"), "the migration starts from the seeding's first run");
    }

    @Test
    void theFiguresEqualTheRunsSummary() throws Exception {
        JsonObject dashboard = dashboard();
        int runId = dashboard.getJsonObject("run").getInt("id");
        JsonObject summary =
                ApiClient.json(API.get("api/runs/" + runId, "analyst").body()).getJsonObject("summary");
        JsonObject figures = dashboard.getJsonObject("figures");

        JsonArray tiers = figures.getJsonArray("tiers");
        JsonArray summaryTiers = summary.getJsonArray("tiers");
        assertEquals(summaryTiers.size(), tiers.size());
        long churnWarnings = 0;
        for (int i = 0; i < tiers.size(); i++) {
            JsonObject tier = tiers.getJsonObject(i);
            JsonObject expected = summaryTiers.getJsonObject(i);
            assertEquals(expected.getString("tier"), tier.getString("tier"));
            assertEquals(
                    expected.getJsonNumber("customers").longValue(),
                    tier.getJsonNumber("customers").longValue());
            assertEquals(
                    expected.getJsonNumber("revenue").doubleValue(),
                    tier.getJsonNumber("revenue").doubleValue(),
                    CENT,
                    tier.getString("tier"));
            churnWarnings += tier.getJsonNumber("churnWarnings").longValue();
        }
        assertEquals(summary.getJsonNumber("churnWarnings").longValue(), churnWarnings);
        Map<String, Long> segments = new HashMap<>();
        for (JsonValue cell : figures.getJsonArray("grid")) {
            for (JsonValue count : cell.asJsonObject().getJsonArray("segments")) {
                segments.merge(
                        count.asJsonObject().getString("segment"),
                        count.asJsonObject().getJsonNumber("customers").longValue(),
                        Long::sum);
            }
        }
        Map<String, Long> expectedSegments = new HashMap<>();
        summary.getJsonArray("segments")
                .forEach(s -> expectedSegments.put(
                        s.asJsonObject().getString("segment"),
                        s.asJsonObject().getJsonNumber("customers").longValue()));
        assertEquals(expectedSegments, segments, "the grid's segments are the run's segments");
        assertEquals(summary.getJsonObject("migration"), dashboard.getJsonObject("migration"));
    }

    @Test
    void theFiguresEqualDirectCountsOverTheRunsScores() throws Exception {
        JsonObject dashboard = dashboard();
        int runId = dashboard.getJsonObject("run").getInt("id");
        JsonObject figures = dashboard.getJsonObject("figures");
        for (JsonValue value : figures.getJsonArray("stages")) {
            JsonObject stage = value.asJsonObject();
            assertSearchCount(
                    runId,
                    "stage=" + stage.getString("stage"),
                    stage.getJsonNumber("customers").longValue());
        }
        long churnWarnings = 0;
        for (JsonValue tier : figures.getJsonArray("tiers")) {
            churnWarnings += tier.asJsonObject().getJsonNumber("churnWarnings").longValue();
        }
        assertSearchCount(runId, "churnWarning=true", churnWarnings);
        Map<String, Long> segments = new HashMap<>();
        for (JsonValue cell : figures.getJsonArray("grid")) {
            for (JsonValue count : cell.asJsonObject().getJsonArray("segments")) {
                segments.merge(
                        count.asJsonObject().getString("segment"),
                        count.asJsonObject().getJsonNumber("customers").longValue(),
                        Long::sum);
            }
        }
        for (Map.Entry<String, Long> segment : segments.entrySet()) {
            assertSearchCount(runId, "segment=" + segment.getKey(), segment.getValue());
        }
    }

    /** The customer search, when it answers from the same run and counted to the end, counts the same. */
    private static void assertSearchCount(int runId, String filter, long expected) throws Exception {
        JsonObject page = ApiClient.json(
                API.get("api/customers?size=1&" + filter, "admin").body());
        if (page.getInt("runId") != runId || page.getBoolean("more")) {
            return;
        }
        assertEquals(expected, page.getJsonNumber("matches").longValue(), filter + " in run " + runId);
    }

    private static JsonObject dashboard() throws Exception {
        HttpResponse<String> answer = API.get("api/dashboard", "analyst");
        assertEquals(200, answer.statusCode(), answer.body());
        return ApiClient.json(answer.body());
    }

    private static int latestCompletedApply() throws Exception {
        return ApiClient.json(API.get("api/runs?size=500", "analyst").body()).getJsonArray("runs").stream()
                .map(JsonValue::asJsonObject)
                .filter(run -> "APPLY".equals(run.getString("mode")) && "COMPLETED".equals(run.getString("status")))
                .mapToInt(run -> run.getInt("id"))
                .max()
                .orElseThrow();
    }

    private static long sum(JsonArray rows, String member) {
        return rows.stream()
                .mapToLong(row -> row.asJsonObject().getJsonNumber(member).longValue())
                .sum();
    }
}
