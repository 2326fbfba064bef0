package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Playbooks and tasks over REST on the seeded demo base: the pass after the demo APPLY run gives the demo managers
 * tasks; a second pass creates none; a manager acting on another manager's task, or editing a rule, is refused with
 * 403; the owner completes, the supervisor reassigns within the team.
 */
class TaskApiIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();

    @Test
    void theDemoManagersHaveTasksAndASecondPassCreatesNone() throws Exception {
        DemoTasks.awaitPassAfterRun(api);
        for (String manager : new String[] {"manager", "manager2", "manager3"}) {
            JsonObject page = tasks("api/tasks?status=OPEN&size=500", manager);
            assertTrue(page.getInt("total") > 0, manager + " has tasks: " + page);
            for (JsonValue task : page.getJsonArray("tasks")) {
                assertEquals(manager, task.asJsonObject().getString("owner"), "only their own: " + task);
            }
        }

        // Tests before this one may have made customers eligible (an approved override pins a tier): one pass takes
        // that in, and the pass after it must find every task already there.
        HttpResponse<String> first = api.send("POST", "api/playbooks/passes", "admin", null);
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> again = api.send("POST", "api/playbooks/passes", "admin", null);

        assertEquals(200, again.statusCode(), again.body());
        JsonArray ledger = ApiClient.json(again.body()).getJsonArray("ledger");
        assertTrue(ledger.size() >= 5, again.body());
        for (JsonValue line : ledger) {
            assertEquals(0, line.asJsonObject().getInt("created"), "nothing twice: " + line);
        }
        JsonObject passes =
                ApiClient.json(api.get("api/playbooks/passes?size=5", "analyst").body());
        assertEquals(
                ApiClient.json(again.body()).getInt("id"),
                passes.getJsonArray("passes").getJsonObject(0).getInt("id"));
    }

    @Test
    void aManagerCannotActOnAnotherManagersTaskButTheOwnerAndTheSupervisorCan() throws Exception {
        DemoTasks.awaitPassAfterRun(api);
        JsonArray open = tasks("api/tasks?status=OPEN&size=2", "manager").getJsonArray("tasks");
        long first = open.getJsonObject(0).getJsonNumber("id").longValue();
        long second = open.getJsonObject(1).getJsonNumber("id").longValue();

        HttpResponse<String> refused = api.send(
                "POST", "api/tasks/" + first + "/complete", "manager2", "{\"outcome\":\"REACHED\",\"note\":\"x\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("NOT_YOUR_TASK", ApiClient.json(refused.body()).getString("code"));
        assertEquals(403, api.get("api/tasks?owner=manager", "manager2").statusCode());
        assertEquals(
                403,
                api.send("POST", "api/tasks/" + first + "/reassign", "manager", "{\"owner\":\"manager2\"}")
                        .statusCode(),
                "only supervisors reassign");

        HttpResponse<String> done = api.send(
                "POST", "api/tasks/" + first + "/complete", "manager", "{\"outcome\":\"REACHED\",\"note\":\"Called\"}");
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("DONE", ApiClient.json(done.body()).getString("status"));
        assertEquals(
                409,
                api.send("POST", "api/tasks/" + first + "/complete", "manager", "{\"outcome\":\"OTHER\"}")
                        .statusCode());

        HttpResponse<String> moved =
                api.send("POST", "api/tasks/" + second + "/reassign", "supervisor", "{\"owner\":\"manager2\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals("manager2", ApiClient.json(moved.body()).getString("owner"));
        HttpResponse<String> outside =
                api.send("POST", "api/tasks/" + second + "/reassign", "supervisor", "{\"owner\":\"admin\"}");
        assertEquals(400, outside.statusCode(), outside.body());
    }

    @Test
    void onlyAdministratorsChangeRulesAndAnalystsReadThem() throws Exception {
        String rule = "{\"trigger\":\"CHURN_WARNING\",\"titleEn\":\"Win-back call\",\"titleZh\":\"挽回致电\","
                + "\"dueDays\":3,\"active\":true}";
        for (String user : new String[] {"manager", "supervisor", "analyst"}) {
            HttpResponse<String> response = api.send("PUT", "api/playbooks/rules/2", user, rule);
            assertEquals(403, response.statusCode(), user + ": " + response.body());
        }
        assertEquals(200, api.get("api/playbooks/rules", "analyst").statusCode());
        assertEquals(403, api.get("api/playbooks/rules", "manager").statusCode());
        assertEquals(
                403, api.send("POST", "api/playbooks/passes", "analyst", null).statusCode());

        HttpResponse<String> invalid = api.send(
                "POST",
                "api/playbooks/rules",
                "admin",
                "{\"trigger\":\"ENTERED_TIER\",\"titleEn\":\"\",\"titleZh\":\"x\",\"dueDays\":400,\"active\":true}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        JsonArray details = ApiClient.json(invalid.body()).getJsonArray("details");
        assertEquals(3, details.size(), invalid.body());
        assertTrue(details.getString(0).startsWith("tier:"), invalid.body());
    }

    private JsonObject tasks(String path, String user) throws Exception {
        HttpResponse<String> response = api.get(path, user);
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response.body());
    }
}
