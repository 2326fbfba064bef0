package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The audit trail over the API: a user change is recorded with the fields before and after, the filters and paging
 * work in the database, and no call edits or deletes an entry.
 */
class AuditIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();
    private final TestUsers users = new TestUsers();

    @Test
    void aRoleChangeIsRecordedWithTheRolesBeforeAndAfter() throws Exception {
        TestUsers.Created user = users.create("it-audit", "ACCOUNT_MANAGER", null);
        long version = ApiClient.json(
                        api.get("api/users/" + user.username(), "admin").body())
                .getJsonNumber("version")
                .longValue();
        String edit = Json.createObjectBuilder()
                .add("displayName", "Test " + user.username())
                .add("roles", Json.createArrayBuilder().add("ACCOUNT_MANAGER").add("SUPERVISOR"))
                .add("version", version)
                .build()
                .toString();
        assertEquals(
                200,
                api.send("PUT", "api/users/" + user.username(), "admin", edit).statusCode());

        JsonObject page = audit("action=USER_CHANGED&subject=" + encode("user " + user.username()));
        assertEquals(1, page.getInt("matches"), page.toString());
        JsonObject entry = page.getJsonArray("entries").getJsonObject(0);
        assertEquals("admin", entry.getString("actor"));
        assertEquals(Json.createObjectBuilder().add("roles", "ACCOUNT_MANAGER").build(), entry.getJsonObject("before"));
        assertEquals(
                Json.createObjectBuilder()
                        .add("roles", "SUPERVISOR, ACCOUNT_MANAGER")
                        .build(),
                entry.getJsonObject("after"));
        assertEquals("roles: ACCOUNT_MANAGER → SUPERVISOR, ACCOUNT_MANAGER", entry.getString("detail"));
    }

    @Test
    void filtersAndPagingNarrowTheTrailNewestFirst() throws Exception {
        TestUsers.Created user = users.create("it-trail", "ANALYST", null);
        assertEquals(
                200,
                api.send("POST", "api/users/" + user.username() + "/password-reset", "admin", null)
                        .statusCode());
        assertEquals(
                200,
                api.send("POST", "api/users/" + user.username() + "/deactivate", "admin", null)
                        .statusCode());
        String subject = "subject=" + encode("user " + user.username());

        JsonObject all = audit(subject);
        assertEquals(3, all.getInt("matches"), all.toString());
        assertEquals("USER_DEACTIVATED USER_PASSWORD_RESET USER_CREATED", actions(all.getJsonArray("entries")));
        assertEquals(
                "USER_DEACTIVATED USER_PASSWORD_RESET",
                actions(audit(subject + "&size=2").getJsonArray("entries")));
        assertEquals("USER_CREATED", actions(audit(subject + "&first=2&size=2").getJsonArray("entries")));
        assertEquals(1, audit(subject + "&action=user_password_reset").getInt("matches"));
        assertEquals(3, audit(subject + "&actor=admin").getInt("matches"));
        assertEquals(0, audit(subject + "&actor=analyst").getInt("matches"));
        LocalDate today = LocalDate.now();
        assertEquals(
                3,
                audit(subject + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
                        .getInt("matches"));
        assertEquals(0, audit(subject + "&from=" + today.plusDays(2)).getInt("matches"));
        JsonObject created =
                audit(subject + "&action=USER_CREATED").getJsonArray("entries").getJsonObject(0);
        assertTrue(!created.containsKey("before") || created.isNull("before"), created.toString());
        assertEquals("ANALYST", created.getJsonObject("after").getString("roles"));

        HttpResponse<String> wrongPeriod = api.get("api/audit?from=2026-05-02&to=2026-05-01", "admin");
        assertEquals(400, wrongPeriod.statusCode(), wrongPeriod.body());
        assertTrue(wrongPeriod.body().contains("to: must be on or after the start of the period 2026-05-02"));
        assertEquals(400, api.get("api/audit?from=yesterday", "admin").statusCode());
    }

    @Test
    void noCallEditsOrDeletesAnEntry() throws Exception {
        TestUsers.Created user = users.create("it-keep", "ANALYST", null);
        String subject = "subject=" + encode("user " + user.username());
        JsonObject entry = audit(subject).getJsonArray("entries").getJsonObject(0);
        long id = entry.getJsonNumber("id").longValue();

        for (String method : new String[] {"PUT", "POST", "DELETE", "PATCH"}) {
            for (String path : new String[] {"api/audit", "api/audit/" + id}) {
                int status = api.send(method, path, "admin", "{}").statusCode();
                assertTrue(status == 404 || status == 405, method + " " + path + " answered " + status);
            }
        }
        assertEquals(entry, audit(subject).getJsonArray("entries").getJsonObject(0));
        assertEquals(403, api.get("api/audit", "manager").statusCode());
        JsonObject paths =
                ApiClient.json(api.get("/openapi?format=JSON", null).body()).getJsonObject("paths");
        paths.forEach((path, operations) -> {
            if (path.contains("/audit")) {
                assertEquals(Set.of("get"), operations.asJsonObject().keySet(), path);
            }
        });
        assertTrue(paths.keySet().stream().anyMatch(path -> path.endsWith("/audit")), paths.keySet()::toString);
    }

    private JsonObject audit(String query) throws Exception {
        HttpResponse<String> answer = api.get("api/audit?" + query, "admin");
        assertEquals(200, answer.statusCode(), answer.body());
        return ApiClient.json(answer.body());
    }

    private static String actions(JsonArray entries) {
        return String.join(
                " ",
                entries.stream().map(e -> e.asJsonObject().getString("action")).toList());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
