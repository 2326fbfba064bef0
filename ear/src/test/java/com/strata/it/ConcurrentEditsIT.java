package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
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
