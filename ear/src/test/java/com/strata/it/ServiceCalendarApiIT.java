package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The service calendar over REST: every service role reads it; an administrator replaces it and gets back what was
 * stored (audited); agents may change neither the calendar nor the tier policies; a broken calendar is refused naming
 * each field, and nothing is stored. Each test leaves the calendar as it found it: other tests count in it.
 */
class ServiceCalendarApiIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();

    @Test
    void everyRoleReadsTheCalendarInItsZone() throws Exception {
        for (String user : List.of("admin", "analyst", "supervisor", "manager", "agent")) {
            HttpResponse<String> response = api.get("api/service-calendar", user);
            assertEquals(200, response.statusCode(), user + ": " + response.body());
            JsonObject calendar = ApiClient.json(response.body());
            assertTrue(calendar.containsKey("zone"), calendar.toString());
            assertTrue(calendar.getJsonObject("week").containsKey("MONDAY"), calendar.toString());
            assertTrue(calendar.getInt("reopenDays") >= 0, calendar.toString());
        }
    }

    @Test
    void anAgentMayChangeNeitherTheCalendarNorTheTierPolicies() throws Exception {
        JsonObject before = current();
        JsonObject same = Json.createObjectBuilder(before)
                .add("exceptions", drafts(before.getJsonArray("exceptions")))
                .remove("changedAt")
                .remove("changedBy")
                .build();

        HttpResponse<String> calendar = api.send("PUT", "api/service-calendar", "agent", same.toString());
        HttpResponse<String> policy = api.send(
                "PUT",
                "api/tier-policies/Silver",
                "agent",
                "{\"displayNameEn\":\"Silver\",\"displayNameZh\":\"白银\",\"badgeColour\":\"#8A9199\","
                        + "\"dedicatedManager\":false,\"firstResponseHours\":8,\"resolutionHours\":48,"
                        + "\"discountPercent\":2,\"serviceChannels\":[\"EMAIL\"],\"owningRole\":\"SERVICE_AGENT\"}");

        assertEquals(403, calendar.statusCode(), calendar.body());
        assertEquals("FORBIDDEN", ApiClient.json(calendar.body()).getString("code"));
        assertEquals(403, policy.statusCode(), policy.body());
        assertEquals(before.getInt("version"), current().getInt("version"), "nothing was stored");
    }

    @Test
    void anAdministratorReplacesTheCalendarAndReadsBackWhatWasStored() throws Exception {
        JsonObject before = current();
        JsonObject week = Json.createObjectBuilder(before.getJsonObject("week"))
                .add("SATURDAY", Json.createArrayBuilder().add(period("09:00", "12:00")))
                .build();
        JsonArray exceptions = Json.createArrayBuilder(before.getJsonArray("exceptions"))
                .add(Json.createObjectBuilder()
                        .add("date", "2031-05-02")
                        .add("name", "Round trip holiday")
                        .add("periods", Json.createArrayBuilder()))
                .build();
        JsonObject change = Json.createObjectBuilder(before)
                .add("week", week)
                .add("exceptions", drafts(exceptions))
                .add("reopenDays", before.getInt("reopenDays") + 3)
                .remove("changedAt")
                .remove("changedBy")
                .build();
        try {
            HttpResponse<String> changed = api.send("PUT", "api/service-calendar", "admin", change.toString());

            assertEquals(200, changed.statusCode(), changed.body());
            JsonObject after = current();
            assertEquals(before.getInt("version") + 1, after.getInt("version"));
            assertEquals("admin", after.getString("changedBy"));
            assertEquals(before.getInt("reopenDays") + 3, after.getInt("reopenDays"));
            assertEquals(
                    "09:00:00",
                    after.getJsonObject("week")
                            .getJsonArray("SATURDAY")
                            .getJsonObject(0)
                            .getString("start"));
            assertTrue(after.getJsonArray("exceptions").stream()
                    .map(JsonValue::asJsonObject)
                    .anyMatch(e -> e.getString("date").equals("2031-05-02")
                            && e.getJsonArray("periods").isEmpty()));
            JsonObject entry =
                    ApiClient.json(api.get("api/audit?size=20", "admin").body()).getJsonArray("entries").stream()
                            .map(JsonValue::asJsonObject)
                            .filter(e -> e.getString("action").equals("SERVICE_CALENDAR_CHANGED"))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no audit entry for the change"));
            String detail = entry.getString("detail");
            assertTrue(detail.contains("SATURDAY: day off → 09:00–12:00"), detail);
            assertTrue(detail.contains("exception added: 2031-05-02 Round trip holiday (holiday)"), detail);

            HttpResponse<String> stale = api.send("PUT", "api/service-calendar", "admin", change.toString());
            assertEquals(409, stale.statusCode(), "a change made on an older version is refused: " + stale.body());
        } finally {
            JsonObject restore = Json.createObjectBuilder(before)
                    .add("exceptions", drafts(before.getJsonArray("exceptions")))
                    .remove("version")
                    .remove("changedAt")
                    .remove("changedBy")
                    .build();
            HttpResponse<String> restored = api.send("PUT", "api/service-calendar", "admin", restore.toString());
            assertEquals(200, restored.statusCode(), restored.body());
        }
    }

    @Test
    void aBrokenCalendarIsRefusedNamingEachFieldAndNothingIsStored() throws Exception {
        int version = current().getInt("version");
        String body = "{\"zone\":\"Mars/Olympus\",\"week\":{\"MONDAY\":[{\"start\":\"09:00\",\"end\":\"08:00\"}]},"
                + "\"exceptions\":[{\"date\":\"2031-10-01\",\"name\":\"A\",\"periods\":[]},"
                + "{\"date\":\"2031-10-01\",\"name\":\"B\",\"periods\":[]}],\"warningShare\":1.5,\"reopenDays\":7}";

        HttpResponse<String> invalid = api.send("PUT", "api/service-calendar", "admin", body);

        assertEquals(400, invalid.statusCode(), invalid.body());
        JsonObject error = ApiClient.json(invalid.body());
        assertEquals("INVALID_SERVICE_CALENDAR", error.getString("code"));
        String details = error.getJsonArray("details").toString();
        assertTrue(details.contains("zone: is not a time zone, got 'Mars/Olympus'"), details);
        assertTrue(details.contains("week.MONDAY[0].end: must be after the start 09:00, got 08:00"), details);
        assertTrue(details.contains("exceptions[1].date: 2031-10-01 is listed more than once"), details);
        assertTrue(details.contains("warningShare: must be more than 0 and less than 1, got 1.5"), details);
        assertEquals(version, current().getInt("version"), "nothing was stored");
    }

    private JsonObject current() throws Exception {
        HttpResponse<String> response = api.get("api/service-calendar", "admin");
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response.body());
    }

    private static JsonObject period(String start, String end) {
        return Json.createObjectBuilder().add("start", start).add("end", end).build();
    }

    /** Exceptions as GET answers them, as PUT takes them (without the derived "holiday" member). */
    private static JsonArray drafts(JsonArray exceptions) {
        var drafts = Json.createArrayBuilder();
        exceptions.stream()
                .map(JsonValue::asJsonObject)
                .forEach(e -> drafts.add(Json.createObjectBuilder(e).remove("holiday")));
        return drafts.build();
    }
}
