package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Personal API tokens over REST: create, call with Bearer, list, revoke (then 401), expire (then 401). */
class ApiTokenIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> meWithToken(String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(StrataDeployment.url("api/me"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private LocalDate serverToday() throws Exception {
        return LocalDate.parse(
                ApiClient.json(api.get("api/test-clock", "admin").body()).getString("today"));
    }

    private JsonObject create(String user, String name, LocalDate expiresOn) throws Exception {
        HttpResponse<String> created =
                api.send("POST", "api/tokens", user, "{\"name\":\"" + name + "\",\"expiresOn\":\"" + expiresOn + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.json(created.body());
    }

    @Test
    void aTokenWorksAsItsOwnerUntilRevoked() throws Exception {
        JsonObject issued =
                create("agent", "it revoke " + System.nanoTime(), serverToday().plusDays(30));
        String secret = issued.getString("secret");
        long id = issued.getJsonObject("token").getJsonNumber("id").longValue();
        assertTrue(secret.startsWith(issued.getJsonObject("token").getString("prefix")));

        HttpResponse<String> me = meWithToken(secret);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("agent", ApiClient.json(me.body()).getString("username"));

        String listed = api.get("api/tokens", "agent").body();
        assertTrue(listed.contains("\"id\":" + id), listed);
        assertFalse(listed.contains(secret), "the list never holds a secret");
        assertTrue(listed.contains("\"lastUsedAt\":\""), "the use was noted: " + listed);
        assertFalse(
                api.get("api/tokens", "manager").body().contains("\"id\":" + id + ","),
                "others' tokens are not listed");
        assertEquals(
                404, api.send("DELETE", "api/tokens/" + id, "manager", null).statusCode());

        HttpResponse<String> revoked = api.send("DELETE", "api/tokens/" + id, "agent", null);
        assertEquals(200, revoked.statusCode(), revoked.body());

        HttpResponse<String> refused = meWithToken(secret);
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals("TOKEN_INVALID", ApiClient.json(refused.body()).getString("code"));
        String audit = api.get("api/audit?size=100", "admin").body();
        assertTrue(audit.contains("\"subject\":\"token " + id + " of agent\""), audit);
        assertTrue(audit.contains("TOKEN_REVOKED"), audit);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        LocalDate today = serverToday();
        String secret = create("analyst", "it expiry " + System.nanoTime(), today.plusDays(1))
                .getString("secret");
        assertEquals(200, meWithToken(secret).statusCode());
        try {
            HttpResponse<String> moved =
                    api.send("PUT", "api/test-clock", "admin", "{\"now\":\"" + today.plusDays(2) + "T12:00:00Z\"}");
            assertEquals(200, moved.statusCode(), moved.body());

            HttpResponse<String> refused = meWithToken(secret);

            assertEquals(401, refused.statusCode(), refused.body());
        } finally {
            api.send("DELETE", "api/test-clock", "admin", null);
        }
    }

    @Test
    void anUnknownTokenAndABadRequestAreRefused() throws Exception {
        assertEquals(401, meWithToken("strata_not-a-real-token").statusCode());
        assertEquals(401, meWithToken("").statusCode());

        HttpResponse<String> bad = api.send(
                "POST",
                "api/tokens",
                "agent",
                "{\"name\":\" \",\"expiresOn\":\"" + serverToday().minusDays(1) + "\"}");

        assertEquals(400, bad.statusCode(), bad.body());
        JsonObject error = ApiClient.json(bad.body());
        assertEquals("INVALID_TOKEN_REQUEST", error.getString("code"));
        assertTrue(error.getJsonArray("details").getString(0).startsWith("name:"), bad.body());
        assertTrue(error.getJsonArray("details").getString(1).startsWith("expiresOn:"), bad.body());
    }
}
