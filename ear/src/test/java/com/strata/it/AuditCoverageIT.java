package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit trail records who did what, when, and where it keeps fields, before and after, for the security-relevant
 * changes: exports, service calendar edits, API tokens, failed and locked sign-ins and imports. (Runs started,
 * restarted and abandoned: RunApiIT.)
 */
class AuditCoverageIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();

    /** The newest entry of the action on the subject. */
    private JsonObject newest(String action, String subject) throws Exception {
        HttpResponse<String> page = api.get(
                "api/audit?size=1&action=" + action + "&subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8),
                "admin");
        assertEquals(200, page.statusCode(), page.body());
        JsonArray entries = ApiClient.json(page.body()).getJsonArray("entries");
        assertFalse(entries.isEmpty(), () -> "no " + action + " entry for " + subject);
        JsonObject entry = entries.getJsonObject(0);
        assertFalse(entry.getString("at").isBlank(), "when");
        return entry;
    }

    @Test
    void anExportNamesWhoExportedWhichAudienceAndHowManyRows() throws Exception {
        ScoredDemoBase.await();
        AudienceExports audiences = new AudienceExports();
        long audience = audiences.create("manager", "Audit " + System.nanoTime(), false, "{}");
        long rows = audiences.count(audience, "manager");
        audiences.export(audience, "manager", "csv", "en");

        JsonObject entry = newest("AUDIENCE_EXPORT", "audience:" + audience);
        assertEquals("manager", entry.getString("actor"));
        assertTrue(entry.getString("detail").contains("rows=" + rows), entry.toString());
        assertTrue(entry.getString("detail").contains("format=CSV"), entry.toString());
    }

    @Test
    void aCalendarEditKeepsTheChangedFieldsBeforeAndAfter() throws Exception {
        JsonObject before =
                ApiClient.json(api.get("api/service-calendar", "admin").body());
        try {
            HttpResponse<String> changed = api.send(
                    "PUT",
                    "api/service-calendar",
                    "admin",
                    editable(before)
                            .add("reopenDays", before.getInt("reopenDays") + 1)
                            .build()
                            .toString());
            assertEquals(200, changed.statusCode(), changed.body());

            JsonObject entry = newest("SERVICE_CALENDAR_CHANGED", "service calendar");
            assertEquals("admin", entry.getString("actor"));
            assertEquals(
                    Integer.toString(before.getInt("reopenDays")),
                    entry.getJsonObject("before").getString("reopenDays"));
            assertEquals(
                    Integer.toString(before.getInt("reopenDays") + 1),
                    entry.getJsonObject("after").getString("reopenDays"));
            assertFalse(entry.getJsonObject("after").containsKey("zone"), "only what changed: " + entry);
        } finally {
            JsonObject current =
                    ApiClient.json(api.get("api/service-calendar", "admin").body());
            HttpResponse<String> restored = api.send(
                    "PUT",
                    "api/service-calendar",
                    "admin",
                    editable(current)
                            .add("reopenDays", before.getInt("reopenDays"))
                            .build()
                            .toString());
            assertEquals(200, restored.statusCode(), restored.body());
        }
    }

    /** The calendar as a change request: its exceptions as drafts, with the version it was read at. */
    private static jakarta.json.JsonObjectBuilder editable(JsonObject calendar) {
        var drafts = Json.createArrayBuilder();
        calendar.getJsonArray("exceptions").stream()
                .map(JsonValue::asJsonObject)
                .forEach(e -> drafts.add(Json.createObjectBuilder(e).remove("holiday")));
        return Json.createObjectBuilder(calendar)
                .add("exceptions", drafts)
                .remove("changedAt")
                .remove("changedBy");
    }

    @Test
    void aTokenCreatedAndRevokedIsRecordedWithItsNameAndState() throws Exception {
        String name = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api.send(
                "POST",
                "api/tokens",
                "analyst",
                "{\"name\":\"" + name + "\",\"expiresOn\":\"" + LocalDate.now().plusDays(30) + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = ApiClient.json(created.body())
                .getJsonObject("token")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200, api.send("DELETE", "api/tokens/" + id, "analyst", null).statusCode());

        String subject = "token " + id + " of analyst";
        JsonObject issued = newest("TOKEN_CREATED", subject);
        assertEquals("analyst", issued.getString("actor"));
        assertTrue(issued.getString("detail").contains(name), issued.toString());
        JsonObject revoked = newest("TOKEN_REVOKED", subject);
        assertEquals("analyst", revoked.getString("actor"));
        assertTrue(revoked.getString("detail").contains(name), revoked.toString());
        assertEquals("false", revoked.getJsonObject("before").getString("revoked"));
        assertEquals("true", revoked.getJsonObject("after").getString("revoked"));
    }

    @Test
    void failedSignInsAndTheLockAreRecordedForTheAccount() throws Exception {
        TestUsers.Created user = new TestUsers().create("audit-lock", "ANALYST", null);
        for (int attempt = 1; attempt <= 5; attempt++) {
            api.sendAs("GET", "api/me", user.username(), "wrong-" + attempt, null);
        }

        String subject = "user " + user.username();
        JsonObject failed = newest("LOGIN_FAILED", subject);
        assertEquals("anonymous", failed.getString("actor"));
        assertTrue(failed.getString("detail").contains("failure 5 of 5"), failed.toString());
        JsonObject locked = newest("LOGIN_LOCKED", subject);
        assertEquals("anonymous", locked.getString("actor"));
        assertEquals(
                200,
                api.send("POST", "api/users/" + user.username() + "/unlock", "admin", null)
                        .statusCode());
    }

    @Test
    void anImportIsRecordedWithItsFileWhenItStartsAndItsTotalsWhenItEnds() throws Exception {
        String file = "audit-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
        String code = "AU" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> started = api.send(
                "POST",
                "api/imports/customers/jobs?name=" + file,
                "analyst",
                "text/csv",
                "code,name,kind,status\n" + code + ",Audit Customer,COMPANY,ACTIVE\n,No code,PERSON,ACTIVE\n");
        assertEquals(202, started.statusCode(), started.body());
        long id = ApiClient.json(started.body()).getJsonNumber("id").longValue();
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject status;
        do {
            Thread.sleep(200);
            status = ApiClient.json(api.get("api/imports/runs/" + id, "analyst").body());
        } while (!status.containsKey("finishedAt") && Instant.now().isBefore(until));

        JsonObject start = newest("IMPORT_STARTED", "import " + id);
        assertEquals("analyst", start.getString("actor"));
        assertTrue(start.getString("detail").contains(file), start.toString());
        JsonObject end = newest("IMPORT_FINISHED", "import " + id);
        assertTrue(end.getString("detail").contains("read 2, inserted 1"), end.toString());
        assertTrue(end.getString("detail").contains("rejected 1"), end.toString());
    }
}
