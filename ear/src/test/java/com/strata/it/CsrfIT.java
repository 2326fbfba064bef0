package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery: a page session authenticates the REST API too, so a call that changes something with
 * nothing but the session cookie needs the header {@code X-Requested-With}; Faces postbacks need the page's view
 * state, which another site cannot read.
 */
class CsrfIT extends DeployedStrata {

    private static HttpResponse<String> call(
            HttpClient session, String method, String path, String body, boolean header) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(StrataDeployment.url(path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (header) {
            request.header("X-Requested-With", "XMLHttpRequest");
        }
        return session.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChangeThroughTheApiWithOnlyTheSessionCookieNeedsTheCustomHeader() throws Exception {
        HttpClient session = FormSignIn.as("analyst", StrataDeployment.DEMO_PASSWORD);
        String name = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        String token =
                "{\"name\":\"" + name + "\",\"expiresOn\":\"" + LocalDate.now().plusDays(7) + "\"}";

        HttpResponse<String> me = call(session, "GET", "api/me", null, false);
        HttpResponse<String> forged = call(session, "POST", "api/tokens", token, false);
        HttpResponse<String> listed = call(session, "GET", "api/tokens", null, false);

        assertEquals(200, me.statusCode(), "the session authenticates the API, so it needs guarding: " + me.body());
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("\"code\":\"CSRF_HEADER_REQUIRED\""), forged.body());
        assertFalse(listed.body().contains(name), "no token was created: " + listed.body());

        HttpResponse<String> fromThePage = call(session, "POST", "api/tokens", token, true);
        assertEquals(201, fromThePage.statusCode(), fromThePage.body());
        long id = ApiClient.json(fromThePage.body())
                .getJsonObject("token")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                403, call(session, "DELETE", "api/tokens/" + id, null, false).statusCode(), "a DELETE is guarded too");
        assertEquals(
                200, call(session, "DELETE", "api/tokens/" + id, null, true).statusCode());
    }

    @Test
    void callsWithTheirOwnCredentialsNeedNoHeader() throws Exception {
        HttpResponse<String> basic = new ApiClient()
                .send(
                        "POST",
                        "api/tokens",
                        "analyst",
                        "{\"name\":\"csrf-basic\",\"expiresOn\":\""
                                + LocalDate.now().plusDays(1) + "\"}");

        assertEquals(201, basic.statusCode(), basic.body());
        long id = ApiClient.json(basic.body())
                .getJsonObject("token")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                new ApiClient()
                        .send("DELETE", "api/tokens/" + id, "analyst", null)
                        .statusCode());
    }

    @Test
    void aFacesPostbackWithoutThePagesViewStateChangesNothing() throws Exception {
        HttpClient session = FormSignIn.as("analyst", StrataDeployment.DEMO_PASSWORD);
        String home = session.send(
                        HttpRequest.newBuilder(StrataDeployment.url("home.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        logout(session, "-1234567890:987654321");
        assertEquals(200, status(session, "home.xhtml"), "a guessed view state did not sign the user out");

        logout(session, FormSignIn.viewState(home));
        assertEquals(302, status(session, "home.xhtml"), "the page's own view state does");
    }

    private static void logout(HttpClient session, String viewState) throws Exception {
        session.send(
                HttpRequest.newBuilder(StrataDeployment.url("home.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(FormSignIn.form(Map.of(
                                "userForm", "userForm", "userForm:logout", "", "jakarta.faces.ViewState", viewState))))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static int status(HttpClient session, String page) throws Exception {
        return session.send(
                        HttpRequest.newBuilder(StrataDeployment.url(page)).build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
