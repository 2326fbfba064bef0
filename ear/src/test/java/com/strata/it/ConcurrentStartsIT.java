package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Many people pressing one button at once: of eight simultaneous starts of an APPLY run exactly one starts and every
 * other answers 409 with the reason; the same for restarts and abandons of a failed run. Simultaneous imports of one
 * file store it once (the others are refused with 409 or find it stored), and restarts of an import that is not failed
 * are refused; never a 500.
 */
class ConcurrentStartsIT extends DeployedStrata {

    private static final int PEOPLE = 8;
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);

    private final ApiClient api = new ApiClient();

    @Test
    void simultaneousStartsAbandonsAndRestartsOfAnApplyRunLetExactlyOneThrough() throws Exception {
        ScoredDemoBase.await();
        awaitNoUnfinishedApply();

        // The drill fails the run early, so it can then be abandoned, and the next one restarted.
        int abandoned = theOneStarted(Simultaneous.send(
                PEOPLE,
                () -> api.send("POST", "api/runs", "analyst", "{\"mode\":\"APPLY\",\"failAfterCustomers\":500}")));
        assertEquals("FAILED", awaitEnd(abandoned).getString("status"));
        List<HttpResponse<String>> abandons =
                Simultaneous.send(PEOPLE, () -> api.send("POST", "api/runs/" + abandoned + "/abandon", "admin", null));
        assertEquals(1, Simultaneous.withStatus(abandons, 200).size(), bodies(abandons));
        assertRefused(abandons, "RUN_REFUSED", PEOPLE - 1);

        int restarted = theOneStarted(Simultaneous.send(
                PEOPLE,
                () -> api.send("POST", "api/runs", "admin", "{\"mode\":\"APPLY\",\"failAfterCustomers\":500}")));
        assertEquals("FAILED", awaitEnd(restarted).getString("status"));
        List<HttpResponse<String>> restarts = Simultaneous.send(
                PEOPLE, () -> api.send("POST", "api/runs/" + restarted + "/restart", "analyst", null));
        assertEquals(1, Simultaneous.withStatus(restarts, 202).size(), bodies(restarts));
        assertRefused(restarts, "RUN_REFUSED", PEOPLE - 1);
        assertEquals("COMPLETED", awaitEnd(restarted).getString("status"), "the one restart finished the run");
    }

    @Test
    void simultaneousImportsOfOneFileStoreItOnceAndNeverFail() throws Exception {
        String prefix = "CS-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        int rows = 3000;
        StringBuilder csv = new StringBuilder(
                "code,name,kind,industry,size_band,ownership,region,acquisition_channel,first_seen,account_manager,status\n");
        for (int n = 1; n <= rows; n++) {
            csv.append(prefix)
                    .append(n)
                    .append(",Concurrent customer ")
                    .append(n)
                    .append(",COMPANY,Software,SMALL,PRIVATE,Beijing,Web,2024-01-01,,ACTIVE\n");
        }

        List<HttpResponse<String>> answers =
                Simultaneous.send(PEOPLE, () -> api.postCsv("api/imports/customers", "analyst", csv.toString()));

        List<HttpResponse<String>> imported = Simultaneous.withStatus(answers, 200);
        assertFalse(imported.isEmpty(), bodies(answers));
        assertRefused(answers, "IMPORT_RUNNING", PEOPLE - imported.size());
        assertFalse(
                Simultaneous.withStatus(answers, 409).isEmpty(),
                "eight imports released together overlap: " + bodies(answers));
        int inserted = imported.stream()
                .mapToInt(r -> ApiClient.json(r.body()).getInt("inserted"))
                .sum();
        assertEquals(rows, inserted, "every customer stored once: " + bodies(answers));
    }

    @Test
    void restartsOfAnImportThatIsNotFailedAreRefused() throws Exception {
        String csv = "ref,customer_code,type,interaction_date,csat,nps,text\n" + "CS-I-" + UUID.randomUUID()
                + ",C0000001,SURVEY,2025-04-01,5,9,fine\n";
        HttpResponse<String> started =
                api.send("POST", "api/imports/interactions/jobs?name=concurrent.csv", "admin", "text/csv", csv);
        assertEquals(202, started.statusCode(), started.body());
        long id = ApiClient.json(started.body()).getJsonNumber("id").longValue();

        List<HttpResponse<String>> restarts =
                Simultaneous.send(PEOPLE, () -> api.send("POST", "api/imports/runs/" + id + "/restart", "admin", null));

        assertRefused(restarts, "IMPORT_NOT_RESTARTABLE", PEOPLE);
    }

    /** Exactly one answer is 202; answers its run's id. */
    private int theOneStarted(List<HttpResponse<String>> starts) {
        List<HttpResponse<String>> accepted = Simultaneous.withStatus(starts, 202);
        assertEquals(1, accepted.size(), bodies(starts));
        assertRefused(starts, "RUN_REFUSED", PEOPLE - 1);
        return ApiClient.json(accepted.get(0).body()).getInt("id");
    }

    private static void assertRefused(List<HttpResponse<String>> answers, String code, int expected) {
        List<HttpResponse<String>> refused = Simultaneous.withStatus(answers, 409);
        assertEquals(expected, refused.size(), bodies(answers));
        for (HttpResponse<String> answer : refused) {
            JsonObject error = ApiClient.json(answer.body());
            assertEquals(code, error.getString("code"), answer.body());
            assertTrue(error.getString("message").length() > 20, "the reason is said: " + answer.body());
        }
    }

    /** Earlier tests' APPLY runs (and the seeding's) have ended, so the slot is free for the starts below. */
    private void awaitNoUnfinishedApply() throws Exception {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (ApiClient.json(api.get("api/runs?size=50", "analyst").body()).getJsonArray("runs").stream()
                .map(run -> run.asJsonObject())
                .anyMatch(run -> "APPLY".equals(run.getString("mode"))
                        && List.of("STARTING", "RUNNING").contains(run.getString("status")))) {
            assertTrue(Instant.now().isBefore(deadline), "an APPLY run is still going");
            Thread.sleep(500);
        }
    }

    private JsonObject awaitEnd(int runId) throws Exception {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (true) {
            JsonObject run =
                    ApiClient.json(api.get("api/runs/" + runId, "analyst").body());
            String status = run.getString("status");
            if (status.equals("COMPLETED")
                    || status.equals("FAILED")
                    || Instant.now().isAfter(deadline)) {
                return run;
            }
            Thread.sleep(500);
        }
    }

    private static String bodies(List<HttpResponse<String>> answers) {
        return answers.stream()
                .map(a -> a.statusCode() + " " + a.body())
                .toList()
                .toString();
    }
}
