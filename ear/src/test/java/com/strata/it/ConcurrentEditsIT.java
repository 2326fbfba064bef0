package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two people editing one thing at once: the second save, made on the version both read, is refused with 409, one
 * code per kind of thing and the current values, instead of silently overwriting the first. Simultaneous saves on
 * one version let exactly one through.
 */
class ConcurrentEditsIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();

    @Test
    void aTierPolicySavedOnAStaleVersionIsRefusedWithTheCurrentValues() throws Exception {
        JsonObject read = inForce("Bronze");
        long version = read.getJsonNumber("version").longValue();

        HttpResponse<String> first = api.send("PUT", "api/tier-policies/Bronze", "admin", change(read, version, 24));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(
                version + 1,
                ApiClient.json(first.body()).getJsonNumber("version").longValue());

        HttpResponse<String> second = api.send("PUT", "api/tier-policies/Bronze", "admin", change(read, version, 20));

        assertEquals(409, second.statusCode(), second.body());
        JsonObject error = ApiClient.json(second.body());
        assertEquals("TIER_POLICY_CHANGED", error.getString("code"));
        List<String> details = error.getJsonArray("details").getValuesAs(JsonValue::toString);
        assertTrue(details.toString().contains("firstResponseHours: 24"), details.toString());
        assertTrue(details.contains("\"version: " + (version + 1) + "\""), details.toString());
        assertEquals(24, inForce("Bronze").getInt("firstResponseHours"), "the second save changed nothing");
    }

    @Test
    void ofSimultaneousTierPolicySavesOnOneVersionExactlyOneIsStored() throws Exception {
        JsonObject read = inForce("Bronze");
        long version = read.getJsonNumber("version").longValue();
        int revisions = history("Bronze");

        List<HttpResponse<String>> answers = Simultaneous.send(
                8, () -> api.send("PUT", "api/tier-policies/Bronze", "admin", change(read, version, 24)));

        assertEquals(1, Simultaneous.withStatus(answers, 200).size(), bodies(answers));
        List<HttpResponse<String>> refused = Simultaneous.withStatus(answers, 409);
        assertEquals(7, refused.size(), bodies(answers));
        refused.forEach(r ->
                assertEquals("TIER_POLICY_CHANGED", ApiClient.json(r.body()).getString("code")));
        assertEquals(revisions + 1, history("Bronze"), "one new revision, not eight");
    }

    @Test
    void aPlaybookRuleSavedOnAStaleVersionIsRefusedWithTheCurrentValues() throws Exception {
        String title = "Concurrency check " + UUID.randomUUID();
        HttpResponse<String> added = api.send("POST", "api/playbooks/rules", "admin", rule(title, 3, null));
        assertEquals(200, added.statusCode(), added.body());
        JsonObject rule = ApiClient.json(added.body());
        long id = rule.getJsonNumber("id").longValue();
        long version = rule.getJsonNumber("version").longValue();
        try {
            HttpResponse<String> first = api.send("PUT", "api/playbooks/rules/" + id, "admin", rule(title, 5, version));
            assertEquals(200, first.statusCode(), first.body());

            HttpResponse<String> second =
                    api.send("PUT", "api/playbooks/rules/" + id, "admin", rule(title, 9, version));

            assertEquals(409, second.statusCode(), second.body());
            JsonObject error = ApiClient.json(second.body());
            assertEquals("PLAYBOOK_RULE_CHANGED", error.getString("code"));
            String details = error.getJsonArray("details").toString();
            assertTrue(details.contains("dueDays: 5"), details);
            assertTrue(details.contains("version: " + (version + 1)), details);

            List<HttpResponse<String>> answers = Simultaneous.send(
                    8, () -> api.send("PUT", "api/playbooks/rules/" + id, "admin", rule(title, 7, version + 1)));
            assertEquals(1, Simultaneous.withStatus(answers, 200).size(), bodies(answers));
            assertEquals(7, Simultaneous.withStatus(answers, 409).size(), bodies(answers));
        } finally {
            assertEquals(
                    204,
                    api.send("DELETE", "api/playbooks/rules/" + id, "admin", null)
                            .statusCode());
        }
    }

    @Test
    void aTaskRescheduledOnAStaleVersionIsRefusedWithTheCurrentValues() throws Exception {
        JsonObject task = openTaskOf("manager3");
        long id = task.getJsonNumber("id").longValue();
        long version = task.getJsonNumber("version").longValue();
        LocalDate first = LocalDate.now().plusDays(400);

        HttpResponse<String> saved = api.send(
                "POST", "api/tasks/" + id + "/reschedule", "manager3", rescheduling(first, "First caller", version));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(
                version + 1,
                ApiClient.json(saved.body()).getJsonNumber("version").longValue());

        HttpResponse<String> stale = api.send(
                "POST",
                "api/tasks/" + id + "/reschedule",
                "supervisor",
                rescheduling(first.plusDays(7), "Second caller", version));

        assertEquals(409, stale.statusCode(), stale.body());
        JsonObject error = ApiClient.json(stale.body());
        assertEquals("TASK_CHANGED", error.getString("code"));
        List<String> details = error.getJsonArray("details").getValuesAs(JsonValue::toString);
        assertTrue(details.contains("\"dueOn: " + first + "\""), details.toString());
        assertTrue(details.contains("\"rescheduleReason: First caller\""), details.toString());
        assertEquals("\"version: " + (version + 1) + "\"", details.get(details.size() - 1), details.toString());
        JsonObject after = task(task, "manager3");
        assertEquals(first.toString(), after.getString("dueOn"), "the second reschedule saved nothing");
        assertEquals(version + 1, after.getJsonNumber("version").longValue());

        HttpResponse<String> staleReassign = api.send(
                "POST",
                "api/tasks/" + id + "/reassign",
                "supervisor",
                "{\"owner\": \"manager2\", \"version\": " + version + "}");
        assertEquals(409, staleReassign.statusCode(), staleReassign.body());
        assertEquals("TASK_CHANGED", ApiClient.json(staleReassign.body()).getString("code"));
        assertEquals("manager3", task(task, "manager3").getString("owner"), "the stale reassignment saved nothing");
    }

    @Test
    void ofSimultaneousTaskReschedulesOnOneVersionExactlyOneIsStored() throws Exception {
        JsonObject task = openTaskOf("manager3");
        long id = task.getJsonNumber("id").longValue();
        long version = task.getJsonNumber("version").longValue();

        List<HttpResponse<String>> answers = Simultaneous.send(
                8,
                () -> api.send(
                        "POST",
                        "api/tasks/" + id + "/reschedule",
                        "manager3",
                        rescheduling(LocalDate.now().plusDays(500), "Simultaneous " + UUID.randomUUID(), version)));

        List<HttpResponse<String>> stored = Simultaneous.withStatus(answers, 200);
        assertEquals(1, stored.size(), bodies(answers));
        List<HttpResponse<String>> refused = Simultaneous.withStatus(answers, 409);
        assertEquals(7, refused.size(), bodies(answers));
        refused.forEach(
                r -> assertEquals("TASK_CHANGED", ApiClient.json(r.body()).getString("code")));
        JsonObject after = task(task, "manager3");
        assertEquals(version + 1, after.getJsonNumber("version").longValue(), "one change, not eight");
        assertEquals(
                ApiClient.json(stored.get(0).body()).getString("rescheduleReason"),
                after.getString("rescheduleReason"),
                "the stored change is the one answered 200");
    }

    @Test
    void ofSimultaneousOverrideRequestsForOneCustomerExactlyOneIsStored() throws Exception {
        String code = "CE-OV-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> imported = api.postCsv(
                "api/imports/customers",
                "analyst",
                "code,name,kind,account_manager,status\n" + code + ",Concurrent Override,PERSON,manager3,ACTIVE\n");
        assertEquals(200, imported.statusCode(), imported.body());
        LocalDate today = LocalDate.now();
        String request = Json.createObjectBuilder()
                .add("customerCode", code)
                .add("tier", "Gold")
                .add("reasonCategory", "STRATEGIC")
                .add("reasonText", "reference customer")
                .add("startsOn", today.toString())
                .add("expiresOn", today.plusMonths(2).toString())
                .build()
                .toString();

        List<HttpResponse<String>> answers =
                Simultaneous.send(8, () -> api.send("POST", "api/overrides", "manager3", request));

        assertEquals(1, Simultaneous.withStatus(answers, 201).size(), bodies(answers));
        List<HttpResponse<String>> refused = Simultaneous.withStatus(answers, 409);
        assertEquals(7, refused.size(), bodies(answers));
        refused.forEach(
                r -> assertEquals("OVERRIDE_REFUSED", ApiClient.json(r.body()).getString("code")));
        HttpResponse<String> stored = api.get("api/overrides?customer=" + code, "manager3");
        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals(1, ApiClient.json(stored.body()).getJsonArray("overrides").size(), "one request, not eight");
    }

    /** An open task of the manager's that no other test acts on: the latest due of their open ones. */
    private JsonObject openTaskOf(String manager) throws Exception {
        DemoTasks.awaitPassAfterRun(api);
        HttpResponse<String> response = api.get("api/tasks?status=OPEN&owner=" + manager + "&size=500", manager);
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> open =
                ApiClient.json(response.body()).getJsonArray("tasks").getValuesAs(JsonObject.class);
        assertTrue(open.size() > 2, manager + " has open tasks: " + response.body());
        return open.get(open.size() - 1);
    }

    /** The task as it is now, found among its customer's. */
    private JsonObject task(JsonObject read, String user) throws Exception {
        long id = read.getJsonNumber("id").longValue();
        HttpResponse<String> response = api.get("api/tasks?size=500&customer=" + read.getString("customerCode"), user);
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response.body()).getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("task " + id + " not among " + user + "'s"));
    }

    private static String rescheduling(LocalDate dueOn, String reason, long version) {
        return Json.createObjectBuilder()
                .add("dueOn", dueOn.toString())
                .add("reason", reason)
                .add("version", version)
                .build()
                .toString();
    }

    private JsonObject inForce(String tier) throws Exception {
        HttpResponse<String> response = api.get("api/tier-policies/" + tier + "/history", "admin");
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response.body()).getJsonArray("versions").getJsonObject(0);
    }

    private int history(String tier) throws Exception {
        return ApiClient.json(api.get("api/tier-policies/" + tier + "/history", "admin")
                        .body())
                .getJsonArray("versions")
                .size();
    }

    /** The policy as read, with another first-response SLA, made on {@code version}. */
    private static String change(JsonObject read, long version, int firstResponseHours) {
        JsonObjectBuilder change = Json.createObjectBuilder();
        for (String member : List.of(
                "displayNameEn",
                "displayNameZh",
                "badgeColour",
                "dedicatedManager",
                "resolutionHours",
                "followUpDays",
                "discountPercent",
                "serviceChannels",
                "owningRole")) {
            if (read.containsKey(member)) {
                change.add(member, read.get(member));
            }
        }
        return change.add("firstResponseHours", firstResponseHours)
                .add("version", version)
                .build()
                .toString();
    }

    private static String rule(String title, int dueDays, Long version) {
        return """
                {"trigger": "UPGRADED", "titleEn": "%s", "titleZh": "并发检查", "dueDays": %d, "active": false%s}""".formatted(title, dueDays, version == null ? "" : ", \"version\": " + version);
    }

    private static String bodies(List<HttpResponse<String>> answers) {
        return answers.stream()
                .map(a -> a.statusCode() + " " + a.body())
                .toList()
                .toString();
    }
}
