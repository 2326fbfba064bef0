package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Password guessing against the demo user {@code lockout}, which no other test signs in as: five wrong passwords lock
 * it, the right one is then refused too (429 over REST, a message on the login page), an administrator unlocks it.
 * The counting rules themselves are proven in LoginRulesTest.
 */
class LoginThrottleIT extends BrowserSession {

    private static final String USER = "lockout";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ApiClient api = new ApiClient();

    private HttpResponse<String> me(String password) throws Exception {
        String pair = USER + ":" + password;
        return http.send(
                HttpRequest.newBuilder(StrataDeployment.url("api/me"))
                        .header(
                                "Authorization",
                                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @BeforeEach
    @AfterEach
    void clearLocks() throws Exception {
        api.send("POST", "api/users/" + USER + "/unlock", "admin", null);
        // The failures also count against this machine's address; clear it so other tests never meet a slowed address.
        api.send("POST", "api/login-addresses/127.0.0.1/unlock", "admin", null);
        api.send("POST", "api/login-addresses/0:0:0:0:0:0:0:1/unlock", "admin", null);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        assertEquals(200, me(StrataDeployment.DEMO_PASSWORD).statusCode(), "unlocked at the start");
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = me("guess-" + attempt);
            assertEquals(401, wrong.statusCode(), "attempt " + attempt + ": " + wrong.body());
        }

        HttpResponse<String> locked = me(StrataDeployment.DEMO_PASSWORD);

        assertEquals(429, locked.statusCode(), "even the right password is refused while locked: " + locked.body());
        JsonObject error = ApiClient.json(locked.body());
        assertEquals("LOGIN_LOCKED", error.getString("code"));
        assertTrue(error.getString("message").contains("administrator"), locked.body());
        long retryAfter =
                Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);

        browser.signIn(USER, StrataDeployment.DEMO_PASSWORD);
        browser.waitForText("loginForm:loginMessages", "Too many failed sign-ins");

        HttpResponse<String> notAdmin = api.send("POST", "api/users/" + USER + "/unlock", "supervisor", null);
        assertEquals(403, notAdmin.statusCode(), notAdmin.body());
        HttpResponse<String> unlocked = api.send("POST", "api/users/" + USER + "/unlock", "admin", null);
        assertEquals(200, unlocked.statusCode(), unlocked.body());
        assertTrue(ApiClient.json(unlocked.body()).getBoolean("hadFailures"));

        HttpResponse<String> back = me(StrataDeployment.DEMO_PASSWORD);
        assertEquals(200, back.statusCode(), back.body());
    }

    @Test
    void failuresAndTheLockAreAudited() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            me("audited-guess-" + attempt);
        }

        String audit = api.get("api/audit?size=50", "admin").body();

        assertTrue(audit.contains("\"action\":\"LOGIN_FAILED\""), audit);
        assertTrue(audit.contains("\"action\":\"LOGIN_LOCKED\""), audit);
        assertTrue(audit.contains("\"subject\":\"user " + USER + "\""), audit);
    }

    @Test
    void aSuccessClearsTheCountSoTheNextMistakeStartsAgain() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            me("slow-guess-" + attempt);
        }
        assertEquals(200, me(StrataDeployment.DEMO_PASSWORD).statusCode(), "four failures do not lock");

        assertEquals(401, me("one-typo").statusCode());

        JsonObject newest = ApiClient.json(api.get("api/audit?size=20", "admin").body())
                .getJsonArray("entries")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(entry -> "LOGIN_FAILED".equals(entry.getString("action"))
                        && ("user " + USER).equals(entry.getString("subject")))
                .findFirst()
                .orElseThrow();
        assertTrue(newest.getString("detail").contains("failure 1 of 5"), newest.toString());
    }
}
