package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The EAR deploys, migrates its schema, and lets in exactly who it should over the REST API. */
class DeploymentIT extends DeployedStrata {

    private static final Pattern MIGRATION_FILE = Pattern.compile("V(\\d+)__.*\\.sql");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthNamesTheDatabaseAndTheNewestMigration() throws Exception {
        HttpResponse<String> response = get("api/health", null, null);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("true", field(response.body(), "databaseReachable"));
        assertEquals(System.getProperty("strata.it.db.product"), field(response.body(), "databaseProduct"));
        assertEquals(newestMigrationInSource(), field(response.body(), "migrationVersion"));
    }

    @Test
    void demoUserSignsInWithHttpBasic() throws Exception {
        HttpResponse<String> response = get("api/me", "analyst", StrataDeployment.DEMO_PASSWORD);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("analyst", field(response.body(), "username"));
        assertTrue(response.body().contains("\"roles\":[\"ANALYST\"]"), response.body());
    }

    @Test
    void wrongPasswordIsRefusedWithAChallenge() throws Exception {
        HttpResponse<String> response = get("api/me", "analyst", "not-the-password");

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void apiWithoutCredentialsIsChallenged() throws Exception {
        assertEquals(401, get("api/me", null, null).statusCode());
    }

    @Test
    void adminOnlyUserListRefusesAnAccountManager() throws Exception {
        HttpResponse<String> refused = get("api/users", "manager", StrataDeployment.DEMO_PASSWORD);
        HttpResponse<String> allowed = get("api/users", "admin", StrataDeployment.DEMO_PASSWORD);

        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(200, allowed.statusCode(), allowed.body());
        for (String demoUser :
                new String[] {"admin", "analyst", "supervisor", "manager", "manager2", "manager3", "agent"}) {
            assertTrue(allowed.body().contains("\"username\":\"" + demoUser + "\""), allowed.body());
        }
    }

    @Test
    void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("home.xhtml", null, null);

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/strata/login.xhtml"));
    }

    private HttpResponse<String> get(String path, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(StrataDeployment.url(path)).GET();
        if (user != null) {
            String pair = user + ":" + password;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A scalar field of a flat JSON object; enough for these small answers. */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)\"?").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String newestMigrationInSource() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("strata.migrations")))) {
            return files.map(f -> MIGRATION_FILE.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .max(Integer::compare)
                    .map(String::valueOf)
                    .orElseThrow();
        }
    }
}
