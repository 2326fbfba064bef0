package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tier service policies over REST: every role reads the shipped entitlements; an administrator changes one tier,
 * which keeps the previous values in its history and is audited; other roles are refused; a broken change is
 * refused naming each field.
 */
class TierPolicyApiIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();

    @Test
    void everyRoleReadsTheShippedEntitlementsHighestTierFirst() throws Exception {
        for (String user : List.of("admin", "analyst", "supervisor", "manager", "agent")) {
            HttpResponse<String> response = api.get("api/tier-policies", user);
            assertEquals(200, response.statusCode(), user + ": " + response.body());
            JsonArray policies = ApiClient.json(response.body()).getJsonArray("policies");
            assertEquals(
                    List.of("Diamond", "Platinum", "Gold", "Silver", "Bronze"),
                    policies.stream()
                            .map(p -> p.asJsonObject().getString("tier"))
                            .toList(),
                    user);
            JsonObject diamond = policies.getJsonObject(0);
            assertEquals("钻石", diamond.getString("displayNameZh"));
            assertTrue(diamond.getBoolean("dedicatedManager"));
            assertEquals(1, diamond.getInt("firstResponseHours"));
            assertEquals(8, diamond.getInt("resolutionHours"));
            assertEquals(30, diamond.getInt("followUpDays"));
            JsonObject bronze = policies.getJsonObject(4);
            assertEquals(24, bronze.getInt("firstResponseHours"));
            assertEquals(72, bronze.getInt("resolutionHours"));
            assertFalse(bronze.containsKey("followUpDays"), "Bronze has no follow-up cadence");
        }
    }

    @Test
    void anAdministratorsChangeKeepsThePreviousValuesAndIsAudited() throws Exception {
        JsonArray before = history("Silver");
        JsonObject previous = before.getJsonObject(0);
        // JSON-B leaves out a member that is null: no cadence is an absent followUpDays.
        boolean noCadence = !previous.containsKey("followUpDays");
        int cadence = noCadence ? 14 : previous.getInt("followUpDays") + 7;
        String oldCadence = noCadence ? "none" : String.valueOf(previous.getInt("followUpDays"));

        HttpResponse<String> changed =
                api.send("PUT", "api/tier-policies/Silver", "admin", silver(cadence, 8, 48, "12.5", "#8A9199"));

        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(cadence, ApiClient.json(changed.body()).getInt("followUpDays"));
        JsonArray after = history("Silver");
        assertEquals(before.size() + 1, after.size(), after.toString());
        JsonObject inForce = after.getJsonObject(0);
        assertEquals(cadence, inForce.getInt("followUpDays"));
        assertEquals("admin", inForce.getString("changedBy"));
        assertFalse(inForce.containsKey("effectiveTo"), inForce.toString());
        JsonObject replaced = after.getJsonObject(1);
        assertEquals(previous.getString("effectiveFrom"), replaced.getString("effectiveFrom"));
        assertEquals(inForce.getString("effectiveFrom"), replaced.getString("effectiveTo"), "no gap, no overlap");

        JsonObject entry = ApiClient.json(api.get("api/audit?size=20", "admin").body()).getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("TIER_POLICY_CHANGED")
                        && e.getString("subject").equals("tier Silver"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry for the change"));
        assertEquals("admin", entry.getString("actor"));
        assertTrue(
                entry.getString("detail").contains("followUpDays: " + oldCadence + " → " + cadence),
                entry.getString("detail"));
        assertTrue(entry.getString("detail").contains("discountPercent: "), entry.getString("detail"));
    }

    @Test
    void analystsAndManagersMayNotChangeAPolicy() throws Exception {
        int versions = history("Silver").size();
        for (String user : List.of("analyst", "manager", "supervisor")) {
            HttpResponse<String> refused =
                    api.send("PUT", "api/tier-policies/Silver", user, silver(null, 8, 48, "2", "#8A9199"));
            assertEquals(403, refused.statusCode(), user + ": " + refused.body());
            assertEquals("FORBIDDEN", ApiClient.json(refused.body()).getString("code"), user);
        }
        assertEquals(versions, history("Silver").size(), "nothing was stored");
        assertEquals(403, api.get("api/audit", "analyst").statusCode());
    }

    @Test
    void aBrokenChangeIsRefusedNamingEveryFieldAndNothingIsStored() throws Exception {
        int versions = history("Silver").size();

        HttpResponse<String> invalid =
                api.send("PUT", "api/tier-policies/Silver", "admin", silver(0, 8, 4, "120", "silver"));

        assertEquals(400, invalid.statusCode(), invalid.body());
        JsonObject error = ApiClient.json(invalid.body());
        assertEquals("INVALID_TIER_POLICY", error.getString("code"));
        List<String> details = error.getJsonArray("details").getValuesAs(JsonValue::toString);
        assertEquals(4, details.size(), details.toString());
        String all = details.toString();
        assertTrue(all.contains("followUpDays: must be at least 1 day"), all);
        assertTrue(all.contains("resolutionHours: must be at least the first-response SLA (8 h), got 4"), all);
        assertTrue(all.contains("discountPercent: must be between 0 and 100, got 120"), all);
        assertTrue(all.contains("badgeColour: must be a colour as #RRGGBB, got 'silver'"), all);
        assertEquals(versions, history("Silver").size(), "nothing was stored");

        HttpResponse<String> unknownMember = api.send(
                "PUT",
                "api/tier-policies/Silver",
                "admin",
                silver(null, 8, 48, "2", "#8A9199").replace("\"followUpDays\"", "\"followupDays\""));
        assertEquals(400, unknownMember.statusCode(), unknownMember.body());
        assertEquals("MALFORMED_BODY", ApiClient.json(unknownMember.body()).getString("code"));

        HttpResponse<String> missing = api.send("PUT", "api/tier-policies/Silver", "admin", "{}");
        assertEquals(400, missing.statusCode(), missing.body());
        assertEquals("INVALID_REQUEST", ApiClient.json(missing.body()).getString("code"));
        assertTrue(missing.body().contains("firstResponseHours"), missing.body());

        HttpResponse<String> unknownTier =
                api.send("PUT", "api/tier-policies/Copper", "admin", silver(null, 8, 48, "2", "#8A9199"));
        assertEquals(404, unknownTier.statusCode(), unknownTier.body());
        assertEquals("TIER_NOT_FOUND", ApiClient.json(unknownTier.body()).getString("code"));
        assertEquals(404, api.get("api/tier-policies/Copper/history", "agent").statusCode());
        assertEquals(versions, history("Silver").size(), "nothing was stored");
    }

    private JsonArray history(String tier) throws Exception {
        HttpResponse<String> response = api.get("api/tier-policies/" + tier + "/history", "agent");
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response.body()).getJsonArray("versions");
    }

    private static String silver(Integer cadence, int firstResponse, int resolution, String discount, String colour) {
        return """
                {"displayNameEn": "Silver", "displayNameZh": "白银", "badgeColour": "%s", "dedicatedManager": false,
                 "firstResponseHours": %d, "resolutionHours": %d, "followUpDays": %s, "discountPercent": %s,
                 "serviceChannels": ["EMAIL", "CHAT", "WEB"], "owningRole": "SERVICE_AGENT"}""".formatted(colour, firstResponse, resolution, cadence, discount);
    }
}
