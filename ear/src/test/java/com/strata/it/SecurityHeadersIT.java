package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** The security headers on pages, API answers and error answers; the session cookie's flags; a new id at login. */
class SecurityHeadersIT extends BrowserSession {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(StrataDeployment.url(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertHardened(HttpResponse<String> response) {
        String what = response.uri() + " (" + response.statusCode() + ")";
        assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), what);
        assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), what);
        assertEquals(List.of("same-origin"), response.headers().allValues("Referrer-Policy"), what);
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), what + ": one policy, not two to intersect: " + policies);
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"), what + ": " + policies);
    }

    @Test
    void aPageCarriesANoncePolicyWithoutUnsafeInlineScripts() throws Exception {
        HttpResponse<String> page = get("login.xhtml", null);

        assertEquals(200, page.statusCode());
        assertHardened(page);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?"), policy);
        String nonce = scripts.substring(scripts.indexOf("'nonce-") + 7, scripts.lastIndexOf('\''));
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's inline scripts carry the nonce");
        assertFalse(page.body().matches("(?s).*\\son(click|change|submit|load)=.*"), "no inline event handlers");
    }

    @Test
    void apiAnswersAndErrorAnswersCarryTheHeadersToo() throws Exception {
        HttpResponse<String> answer = get("api/me", basic("analyst", StrataDeployment.DEMO_PASSWORD));
        HttpResponse<String> notFound =
                get("api/customers/NO-SUCH-CUSTOMER/score", basic("analyst", StrataDeployment.DEMO_PASSWORD));
        HttpResponse<String> unauthorized = get("api/me", null);

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(404, notFound.statusCode(), notFound.body());
        assertEquals(401, unauthorized.statusCode(), unauthorized.body());
        for (HttpResponse<String> response : List.of(answer, notFound, unauthorized)) {
            assertHardened(response);
            assertTrue(
                    response.headers()
                            .firstValue("Content-Security-Policy")
                            .orElseThrow()
                            .startsWith("default-src 'none'"),
                    "JSON needs no scripts or styles at all");
        }
        assertTrue(unauthorized.body().contains("\"code\":\"UNAUTHORIZED\""), unauthorized.body());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> page = get("login.xhtml", null);

        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), "plain HTTP here; Secure is added over HTTPS: " + cookie);
    }

    @Test
    void signingInChangesTheSessionId() {
        browser.open("login.xhtml");
        browser.find("loginForm:username");
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");

        browser.signIn("analyst", StrataDeployment.DEMO_PASSWORD);
        browser.find("currentUserName");
        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");

        assertNotEquals(before.getValue(), after.getValue(), "a session fixed before login is not the one signed in");
        assertTrue(after.isHttpOnly());
        assertEquals("Lax", after.getSameSite());
    }
}
